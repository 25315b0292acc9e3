<?php
// Make sure the number starts with 254 before hashing (SHA-256, written in hex).
$mobile = hash('sha256', '{{mobile}}');
$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => "https://{{url}}/api/services/sendotp?apikey={{apikey}}&partnerID={{partnerID}}&message={{message}}&shortcode={{shortcode}}&mobile=" . $mobile . "&hashed=true",
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => "GET"
]);
$response = curl_exec($curl);
curl_close($curl);
echo $response;
?>
