import requests
url = "https://{{url}}/api/services/sendotp"
payload = {
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "mobile": "{{mobile}}",
    "message": "{{message}}",
    "shortcode": "{{shortcode}}"
}
response = requests.post(url, json=payload, headers={'Content-Type': 'application/json'})
print(response.text)
