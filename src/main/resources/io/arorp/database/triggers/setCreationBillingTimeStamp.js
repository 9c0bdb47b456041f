function trigger() {
    var request = getContext().getRequest();
    var body = request.getBody();
    var date = new Date();
    var now = Math.floor(date.getTime() / 1000);
    var billingBody = body["billing"];
    if (!billingBody["creationTime"]) {
        billingBody["creationTime"] = now;
    }
    request.setBody(body);
}
