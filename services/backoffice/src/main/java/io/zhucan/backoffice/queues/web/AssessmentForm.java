package io.zhucan.backoffice.queues.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 评定: the assessor's result (one disability; the service accepts up to six). */
public class AssessmentForm {

    @NotBlank(message = "{form.institution.required}")
    @Size(max = 200, message = "{form.institution.size}")
    private String institution = "";

    @NotBlank(message = "{form.category.required}")
    private String category = "";

    @NotBlank(message = "{form.grade.required}")
    private String grade = "";

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }
}
