package io.zhucan.backoffice.queues.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 帮办/代办: a caseworker registers an application on a person's behalf. */
public class RegistrationForm {

    @NotBlank(message = "{form.idNumber.required}")
    @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "{form.idNumber.format}")
    private String idNumber = "";

    @NotBlank(message = "{form.name.required}")
    @Size(max = 100, message = "{form.name.size}")
    private String name = "";

    @Pattern(regexp = "\\d{6}", message = "{form.county.format}")
    private String householdCounty = "";

    private boolean homeAssessmentRequested;

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHouseholdCounty() {
        return householdCounty;
    }

    public void setHouseholdCounty(String householdCounty) {
        this.householdCounty = householdCounty;
    }

    public boolean isHomeAssessmentRequested() {
        return homeAssessmentRequested;
    }

    public void setHomeAssessmentRequested(boolean homeAssessmentRequested) {
        this.homeAssessmentRequested = homeAssessmentRequested;
    }
}
