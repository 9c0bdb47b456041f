function trigger() {
    var request = getContext().getRequest();
    var body = request.getBody();
    var date = new Date();
    body["leaseExpires"] = Math.floor(date.getTime() / 1000) + 60;
    request.setBody(body);
}
