package io.zhucan.certification.shared.web;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.PersonalData;
import io.zhucan.platform.security.Roles;

/**
 * Who sees personal data in clear: the citizen themselves and the caseworkers and reviewers who
 * handle the case. Assessors identify the person in front of them by the card: they get the ID
 * number masked.
 */
public final class PersonalDataView {

    public static String idNumber(CurrentUser viewer, String idNumber) {
        return seesInClear(viewer) ? idNumber : PersonalData.maskIdNumber(idNumber);
    }

    public static String certificateNumber(CurrentUser viewer, String number) {
        return seesInClear(viewer) ? number : PersonalData.maskIdNumber(number);
    }

    private static boolean seesInClear(CurrentUser viewer) {
        return viewer.hasAnyRole(Roles.CITIZEN, Roles.CASEWORKER, Roles.REVIEWER);
    }

    private PersonalDataView() {
    }
}
