package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The subscription owner; the frontend blanks the e-mail before storing.
 */
public class AccountOwnerProfile extends MissingFields {
    @JsonProperty("email")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
