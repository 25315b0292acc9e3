import hashlib
import requests
# Make sure the number starts with 254 before hashing (SHA-256, written in hex).
mobile = hashlib.sha256("{{mobile}}".encode()).hexdigest()
url = "https://{{url}}/api/services/sendotp"
payload = {
    "apikey": "{{apikey}}",
    "partnerID": "{{partnerID}}",
    "mobile": mobile,
    "message": "{{message}}",
    "shortcode": "{{shortcode}}",
    "hashed": True
}
response = requests.post(url, json=payload, headers={'Content-Type': 'application/json'})
print(response.text)
