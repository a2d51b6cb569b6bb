package io.zhucan.employment.matching;

import static io.zhucan.employment.support.Fixtures.job;
import static io.zhucan.employment.support.Fixtures.seeker;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.seeker.Consent;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer(MatchingWeights.DEFAULT);

    /** A wheelchair user in 上城区 who wants full-time or online work and types well. */
    private final JobSeeker wheelchairUser = seeker(DisabilityCategory.PHYSICAL, "330102",
            Set.of(Accommodation.STEP_FREE_ACCESS), Set.of(WorkForm.FULL_TIME, WorkForm.HOME_BASED_ONLINE),
            List.of("打字", "客服"));

    private final Job onlineService = job("云客服", "330106", true, WorkForm.HOME_BASED_ONLINE, 450_000,
            Set.of(Accommodation.STEP_FREE_ACCESS, Accommodation.FLEXIBLE_HOURS), List.of("客服", "打字"),
            Set.of(DisabilityCategory.PHYSICAL));
    private final Job stepsAtTheDoor = job("仓库管理", "330102", false, WorkForm.FULL_TIME, 600_000,
            Set.of(), List.of("打字"), Set.of());
    private final Job archive = job("档案整理", "330102", false, WorkForm.FULL_TIME, 400_000,
            Set.of(Accommodation.STEP_FREE_ACCESS), List.of("打字", "excel"), Set.of());
    private final Job jiaxingOffice = job("前台", "330402", false, WorkForm.FULL_TIME, 500_000,
            Set.of(Accommodation.STEP_FREE_ACCESS), List.of(), Set.of());

    @Test
    void aJobWithoutStepFreeAccessIsNeverProposedToSomeoneWhoNeedsIt() {
        assertThat(scorer.score(wheelchairUser, stepsAtTheDoor)).isEmpty();
        assertThat(HardConstraints.broken(wheelchairUser, stepsAtTheDoor)).contains(
                "the job lacks an accommodation the seeker needs");
    }

    @Test
    void otherHardConstraints() {
        assertThat(scorer.score(wheelchairUser, jiaxingOffice)).as("another city, not remote").isEmpty();
        Job closed = new Job(onlineService.id(), onlineService.employerId(), "云客服", "", List.of(), Education.NONE,
                WorkForm.HOME_BASED_ONLINE, 1, "330102", true, Set.of(Accommodation.STEP_FREE_ACCESS), Set.of(), false);
        assertThat(scorer.score(wheelchairUser, closed)).as("closed").isEmpty();
        assertThat(scorer.score(wheelchairUser.closed("certificate cancelled: DEATH"), archive)).as("file closed")
                .isEmpty();
        Job partTime = job("兼职", "330102", false, WorkForm.PART_TIME, 200_000, Set.of(Accommodation.STEP_FREE_ACCESS),
                List.of(), Set.of());
        assertThat(scorer.score(wheelchairUser, partTime)).as("a form of work not wanted").isEmpty();
        Job graduates = new Job(archive.id(), archive.employerId(), "数据分析", "", List.of(), Education.BACHELOR,
                WorkForm.FULL_TIME, 800_000, "330102", false, Set.of(Accommodation.STEP_FREE_ACCESS), Set.of(), true);
        assertThat(scorer.score(wheelchairUser, graduates)).as("education below the minimum").isEmpty();
        assertThat(scorer.score(wheelchairUser.withConsent(new Consent(Set.of(), Instant.EPOCH, "me")), archive))
                .as("consent withdrawn").isEmpty();
        assertThat(scorer.score(wheelchairUser.withConsent(new Consent(Set.of(ConsentScope.EMPLOYER_VIEW),
                Instant.EPOCH, "me")), archive)).as("no consent to matching").isEmpty();
    }

    @Test
    void theOnlineJobScoresEveryFactorAndTheExplanationAddsUp() {
        Match match = scorer.score(wheelchairUser, onlineService).orElseThrow();

        assertThat(match.factors()).extracting(Factor::name, Factor::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accommodations", 5),
                org.assertj.core.groups.Tuple.tuple("skills", 20),
                org.assertj.core.groups.Tuple.tuple("place", 10),
                org.assertj.core.groups.Tuple.tuple("remote", 15),
                org.assertj.core.groups.Tuple.tuple("wage", 9),
                org.assertj.core.groups.Tuple.tuple("category", 10));
        assertThat(match.score()).isEqualTo(69);
    }

    @Test
    void missingSkillsRemovePoints() {
        Match match = scorer.score(wheelchairUser, archive).orElseThrow();

        assertThat(match.factors()).extracting(Factor::name, Factor::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accommodations", 5),
                org.assertj.core.groups.Tuple.tuple("skills", 10),
                org.assertj.core.groups.Tuple.tuple("skills-missing", -5),
                org.assertj.core.groups.Tuple.tuple("place", 20),
                org.assertj.core.groups.Tuple.tuple("wage", 8));
        assertThat(match.score()).isEqualTo(38);
    }

    @Test
    void onAFixtureOfJobsTheRankingFollowsTheScoresAndSkipsInfeasibleJobs() {
        List<Job> jobs = List.of(stepsAtTheDoor, archive, jiaxingOffice, onlineService);

        List<Match> ranked = jobs.stream().map(j -> scorer.score(wheelchairUser, j)).flatMap(Optional::stream)
                .sorted(Match.BEST_FIRST).toList();

        assertThat(ranked).extracting(m -> m.job().title()).containsExactly("云客服", "档案整理");
        ranked.forEach(m -> assertThat(m.factors().stream().mapToInt(Factor::points).sum()).isEqualTo(m.score()));
    }

    @Test
    void seekersForAJobAreRankedTooAndThoseNeedingMissingAccommodationsAreLeftOut() {
        JobSeeker deaf = seeker(DisabilityCategory.HEARING, "330102", Set.of(Accommodation.SIGN_LANGUAGE_SUPPORT),
                Set.of(WorkForm.FULL_TIME), List.of("打字"));
        JobSeeker neighbour = seeker(DisabilityCategory.PHYSICAL, "330102", Set.of(), Set.of(WorkForm.FULL_TIME),
                List.of("打字", "excel"));
        JobSeeker acrossTown = seeker(DisabilityCategory.PHYSICAL, "330106", Set.of(), Set.of(WorkForm.FULL_TIME),
                List.of("打字", "excel"));

        List<Match> ranked = List.of(deaf, acrossTown, wheelchairUser, neighbour).stream()
                .map(s -> scorer.score(s, archive)).flatMap(Optional::stream).sorted(Match.BEST_FIRST).toList();

        assertThat(ranked).extracting(Match::score).containsExactly(48, 38, 38);
        assertThat(ranked.getFirst().seeker()).isEqualTo(neighbour);
        assertThat(ranked).extracting(Match::seeker).containsExactlyInAnyOrder(neighbour, wheelchairUser, acrossTown);
    }

    @Test
    void aScoreThatIsNotTheSumOfItsFactorsCannotBeMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Match(wheelchairUser, archive, 10,
                List.of(new Factor("wage", 8, "x")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profileValuesAreNormalised() {
        Profile p = new Profile(List.of(" Excel ", "excel", ""), Education.NONE, Set.of(WorkForm.FLEXIBLE), "330102",
                Set.of());
        assertThat(p.skills()).containsExactly("excel");
    }
}
