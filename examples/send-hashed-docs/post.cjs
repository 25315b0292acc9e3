const axios = require('axios');
const crypto = require('crypto');
// Make sure the number starts with 254 before hashing (SHA-256, written in hex).
const mobile = crypto.createHash('sha256').update('{{mobile}}').digest('hex');
axios.post('https://{{url}}/api/services/sendotp', {
    apikey: '{{apikey}}',
    partnerID: '{{partnerID}}',
    mobile: mobile,
    message: '{{message}}',
    shortcode: '{{shortcode}}',
    hashed: true
}, {
    headers: { 'Content-Type': 'application/json' }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
