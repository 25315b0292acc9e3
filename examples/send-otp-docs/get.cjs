const axios = require('axios');
axios.get('https://{{url}}/api/services/sendotp', {
    params: {
        apikey: '{{apikey}}',
        partnerID: '{{partnerID}}',
        message: '{{message}}',
        shortcode: '{{shortcode}}',
        mobile: '{{mobile}}'
    }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
