const axios = require('axios');
axios.post('https://{{url}}/api/services/getdlr', {
    apikey: '{{apikey}}',
    partnerID: '{{partnerID}}',
    messageID: '{{messageID}}'
}, {
    headers: { 'Content-Type': 'application/json' }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
