import requests
response = requests.get("https://{{url}}/api/services/sendotp", params={
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "message": "{{message}}",
    "shortcode": "{{shortcode}}",
    "mobile": "{{mobile}}"
})
print(response.text)
