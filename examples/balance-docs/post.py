import requests
url = "https://{{url}}/api/services/getbalance"
payload = {
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}"
}
response = requests.post(url, json=payload, headers={'Content-Type': 'application/json'})
print(response.text)
