filedesc://s.arc 0.0.0.0 20080430204825 text/plain 65
1 0 Seed
URL IP-address Archive-date Content-type Archive-length

http://b.example/ 10.0.0.1 20080430204826 text/html 182
HTTP/1.0 200 OK
Content-Type: text/html

<html><head><title>T</title></head><body><article><p>The council approved the dam on Thursday, officials said.</p></article></body></html>
