package io.zhucan.subsidy.policy;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameter of {@code LIVING.INCOME} (seed 004, 平湖): the near-low-income range as a monthly
 * income in fen, and the legal working age (from, up to for men, up to for women). A person
 * qualifies by the household's per-capita income within the range, or — of working age — by their
 * own income within it. Written {@code maxMonthlyFen,fromAge,menUntil,womenUntil}, e.g.
 * {@code 186000,16,60,55}.
 */
public record IncomeRange(long maxMonthlyFen, int fromAge, int menUntil, int womenUntil) {

    public IncomeRange {
        if (maxMonthlyFen < 0 || fromAge < 0 || menUntil < fromAge || womenUntil < fromAge) {
            throw new IllegalArgumentException("an income range and working ages are not negative, ages ascend");
        }
    }

    /** Reads a setting's parameter; throws {@link IllegalArgumentException} if it is not four numbers. */
    public static IncomeRange of(Policy.RuleSetting setting) {
        List<String> values = setting.list();
        if (values.size() != 4) {
            throw new IllegalArgumentException("LIVING.INCOME takes maxMonthlyFen,fromAge,menUntil,womenUntil");
        }
        return new IncomeRange(Long.parseLong(values.get(0)), Integer.parseInt(values.get(1)),
                Integer.parseInt(values.get(2)), Integer.parseInt(values.get(3)));
    }

    /** Whether the household's per-capita income, or a working-age person's own, lies within the range on {@code day}. */
    public boolean covers(long householdPerCapitaFen, @Nullable Long ownFen, ResidentIdNumber person, LocalDate day) {
        return householdPerCapitaFen <= maxMonthlyFen || ownFen != null && ownFen <= maxMonthlyFen && workingAge(person, day);
    }

    /** From {@code fromAge} until (before) the statutory retirement age of the person's sex. */
    boolean workingAge(ResidentIdNumber person, LocalDate day) {
        int age = person.ageOn(day);
        return age >= fromAge && age < (person.sex() == Sex.MALE ? menUntil : womenUntil);
    }
}
