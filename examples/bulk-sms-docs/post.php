<?php
$payload = json_encode([
    "count" => {{count}},
    "smslist" => [
        [
            "partnerID" => "{{partnerID}}",
            "apikey" => "{{apikey}}",
            "pass_type" => "plain",
            "clientsmsid" => {{clientsmsid1}},
            "mobile" => "{{mobile1}}",
            "message" => "{{message1}}",
            "shortcode" => "{{shortcode}}"
        ],
        [
            "partnerID" => "{{partnerID}}",
            "apikey" => "{{apikey}}",
            "pass_type" => "plain",
            "mobile" => "{{mobile2}}",
            "clientsmsid" => {{clientsmsid2}},
            "message" => "{{message2}}",
            "shortcode" => "{{shortcode}}",
            "pass_type" => "{{pass_type}}"
        ]
    ]
]);

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => "https://{{url}}/api/services/sendbulk",
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => $payload,
    CURLOPT_HTTPHEADER => ['Content-Type: application/json']
]);
$response = curl_exec($curl);
curl_close($curl);
echo $response;
?>
