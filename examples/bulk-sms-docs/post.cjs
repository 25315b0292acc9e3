const axios = require('axios');

const payload = {
    count: {{count}},
    smslist: [
        {
            partnerID: "{{partnerID}}",
            apikey: "{{apikey}}",
            pass_type: "plain",
            clientsmsid: {{clientsmsid1}},
            mobile: "{{mobile1}}",
            message: "{{message1}}",
            shortcode: "{{shortcode}}"
        },
        {
            partnerID: "{{partnerID}}",
            apikey: "{{apikey}}",
            pass_type: "plain",
            mobile: "{{mobile2}}",
            clientsmsid: {{clientsmsid2}},
            message: "{{message2}}",
            shortcode: "{{shortcode}}",
            pass_type: "{{pass_type}}"
        }
    ]
};

axios.post('https://{{url}}/api/services/sendbulk', payload, {
    headers: { 'Content-Type': 'application/json' }
})
.then(response => console.log(response.data))
.catch(error => console.error(error));
