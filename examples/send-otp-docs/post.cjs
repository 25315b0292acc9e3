const axios = require('axios');
axios.post('https://{{url}}/api/services/sendotp', {
    apikey: '{{apikey}}',
    partnerID: '{{partnerID}}',
    mobile: '{{mobile}}',
    message: '{{message}}',
    shortcode: '{{shortcode}}'
}, {
    headers: { 'Content-Type': 'application/json' }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
