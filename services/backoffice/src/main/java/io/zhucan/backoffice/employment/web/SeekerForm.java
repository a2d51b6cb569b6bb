package io.zhucan.backoffice.employment.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * 求职登记 with a caseworker: the profile the employment service matches on, and the consent given
 * with it (none: registered, not matched). Presence only; the rest is the service's.
 */
public class SeekerForm {

    private String skills = "";
    private String education = "";
    private Set<String> workForms = new LinkedHashSet<>();
    private String locationCounty = "";
    private Set<String> accommodations = new LinkedHashSet<>();
    private Set<String> consent = new LinkedHashSet<>();

    void check(Errors errors) {
        if (education.isBlank()) {
            errors.rejectValue("education", "seeker.education.required");
        }
        if (workForms.isEmpty()) {
            errors.rejectValue("workForms", "seeker.workForms.required");
        }
        if (locationCounty.isBlank()) {
            errors.rejectValue("locationCounty", "seeker.locationCounty.required");
        }
    }

    /** The body of {@code POST /api/employment/seekers/{personId}}; skills as typed, split at commas. */
    Map<String, Object> request() {
        return Map.of("skills", Arrays.stream(skills.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                "education", education, "workForms", workForms, "locationCounty", locationCounty,
                "accommodations", accommodations, "consent", consent);
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public Set<String> getWorkForms() {
        return workForms;
    }

    public void setWorkForms(Set<String> workForms) {
        this.workForms = workForms;
    }

    public String getLocationCounty() {
        return locationCounty;
    }

    public void setLocationCounty(String locationCounty) {
        this.locationCounty = locationCounty;
    }

    public Set<String> getAccommodations() {
        return accommodations;
    }

    public void setAccommodations(Set<String> accommodations) {
        this.accommodations = accommodations;
    }

    public Set<String> getConsent() {
        return consent;
    }

    public void setConsent(Set<String> consent) {
        this.consent = consent;
    }
}
