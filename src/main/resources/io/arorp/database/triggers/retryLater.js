function trigger() {
    var request = getContext().getRequest();
    var body = request.getBody();
    var date = new Date();
    body["leaseExpires"] = Math.floor(date.getTime() / 1000) + 600;
    request.setBody(body);
}
