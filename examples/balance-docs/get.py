import requests
response = requests.get("https://{{url}}/api/services/getbalance", params={
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}"
})
print(response.text)
