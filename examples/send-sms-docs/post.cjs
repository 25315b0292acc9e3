const axios = require('axios');
axios.post('https://{{url}}/api/services/sendsms', {
    apikey: '{{apikey}}',
    partnerID: '{{partnerID}}',
    message: '{{message}}',
    shortcode: '{{shortcode}}',
    mobile: '{{mobile}}'
}, {
    headers: { 'Content-Type': 'application/json' }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
