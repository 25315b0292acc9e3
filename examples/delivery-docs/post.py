import requests
url = "https://{{url}}/api/services/getdlr"
payload = {
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "messageID": "{{messageID}}"
}
response = requests.post(url, json=payload, headers={'Content-Type': 'application/json'})
print(response.text)
