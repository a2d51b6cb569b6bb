package io.zhucan.employment.employer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

record EmployerRequest(
        @NotNull @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}") String creditCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "\\d{6}") String county,
        @PositiveOrZero int headcount) {
}
