const axios = require('axios');
axios.get('https://{{url}}/api/services/getdlr', {
    params: {
        apikey: '{{apikey}}',
        partnerID: '{{partnerID}}',
        messageID: '{{messageID}}'
    }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
