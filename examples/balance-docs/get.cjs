const axios = require('axios');
axios.get('https://{{url}}/api/services/getbalance', {
    params: {
        apikey: '{{apikey}}',
        partnerID: '{{partnerID}}'
    }
}).then(response => console.log(response.data))
.catch(error => console.error(error));
