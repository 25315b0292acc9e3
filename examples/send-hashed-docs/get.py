import hashlib
import requests
# Make sure the number starts with 254 before hashing (SHA-256, written in hex).
mobile = hashlib.sha256("{{mobile}}".encode()).hexdigest()
response = requests.get("https://{{url}}/api/services/sendotp", params={
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "message": "{{message}}",
    "shortcode": "{{shortcode}}",
    "mobile": mobile,
    "hashed": "true"
})
print(response.text)
