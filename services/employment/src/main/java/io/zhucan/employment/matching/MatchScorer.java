package io.zhucan.employment.matching;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.platform.events.employment.WorkForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a seeker against a job: nothing for a pair that breaks a hard constraint, otherwise the
 * sum of explained factors (accommodations met, skills, place, remote work, wage, suited category).
 * Only non-zero factors are listed, so the explanation always adds up to the score.
 */
public final class MatchScorer {

    private final MatchingWeights weights;

    public MatchScorer(MatchingWeights weights) {
        this.weights = weights;
    }

    public Optional<Match> score(JobSeeker seeker, Job job) {
        if (HardConstraints.broken(seeker, job).isPresent()) {
            return Optional.empty();
        }
        List<Factor> factors = new ArrayList<>();
        accommodations(seeker.profile().accommodations(), factors);
        skills(seeker, job, factors);
        place(seeker, job, factors);
        if (job.remote() && seeker.profile().workForms().contains(WorkForm.HOME_BASED_ONLINE)) {
            add(factors, "remote", weights.remoteWanted(), "remote work, which the seeker prefers");
        }
        add(factors, "wage", (int) Math.min(weights.wageCap(), job.monthlyWageFen() / weights.wageStepFen()),
                "monthly wage of " + job.monthlyWageFen() / 100 + " yuan");
        if (job.suitedCategories().contains(seeker.category())) {
            add(factors, "category", weights.suitedCategory(), "the job suits " + seeker.category().name().toLowerCase()
                    + " disabilities");
        }
        return Optional.of(new Match(seeker, job, factors.stream().mapToInt(Factor::points).sum(), factors));
    }

    private void accommodations(Set<Accommodation> needed, List<Factor> factors) {
        add(factors, "accommodations", needed.size() * weights.perAccommodationMet(),
                "provides every accommodation needed: " + new TreeSet<>(needed));
    }

    private void skills(JobSeeker seeker, Job job, List<Factor> factors) {
        Set<String> has = Set.copyOf(seeker.profile().skills());
        List<String> matched = job.requiredSkills().stream().filter(has::contains).toList();
        List<String> missing = job.requiredSkills().stream().filter(s -> !has.contains(s)).toList();
        add(factors, "skills", matched.size() * weights.perSkillMatched(), "has " + matched);
        add(factors, "skills-missing", -missing.size() * weights.perSkillMissing(), "lacks " + missing);
    }

    private void place(JobSeeker seeker, Job job, List<Factor> factors) {
        if (job.county().equals(seeker.profile().locationCounty())) {
            add(factors, "place", weights.sameCounty(), "in the seeker's county");
        } else if (job.city().equals(seeker.profile().city())) {
            add(factors, "place", weights.sameCity(), "in the seeker's city");
        }
    }

    private static void add(List<Factor> factors, String name, int points, String reason) {
        if (points != 0) {
            factors.add(new Factor(name, points, reason));
        }
    }
}
