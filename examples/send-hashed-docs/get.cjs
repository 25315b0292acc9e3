const axios = require('axios');
const crypto = require('crypto');
// Make sure the number starts with 254 before hashing (SHA-256, written in hex).
const mobile = crypto.createHash('sha256').update('{{mobile}}').digest('hex');
axios.get('https://{{url}}/api/services/sendotp', {
    params: {
        apikey: '{{apikey}}',
        partnerID: '{{partnerID}}',
        message: '{{message}}',
        shortcode: '{{shortcode}}',
        mobile: mobile,
        hashed: 'true'
    }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
