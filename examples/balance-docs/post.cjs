const axios = require('axios');
axios.post('https://{{url}}/api/services/getbalance', {
    apikey: '{{apikey}}',
    partnerID: '{{partnerID}}'
}, {
    headers: { 'Content-Type': 'application/json' }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
