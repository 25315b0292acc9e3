import requests
response = requests.get("https://{{url}}/api/services/getdlr", params={
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "messageID": "{{messageID}}"
})
print(response.text)
