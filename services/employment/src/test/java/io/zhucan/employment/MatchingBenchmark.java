package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.matching.application.MatchingService;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.testing.BenchmarkReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching latency (p50/p99) for one seeker against 100,000 open jobs and for one job against
 * 500,000 seekers: the candidate query plus the Java scoring, as the API runs them. Runs only with
 * {@code ./bench services/employment}; writes target/bench/employment-matching.json.
 */
class MatchingBenchmark extends EmploymentITSupport {

    static final int JOBS = Integer.getInteger("bench.jobs", 100_000);
    static final int SEEKERS = Integer.getInteger("bench.seekers", 500_000);
    static final int SAMPLES = Integer.getInteger("bench.samples", 200);

    @Autowired MatchingService matching;
    @Autowired SeekerService seekers;
    @Autowired EmployerService employers;

    @Test
    void matchingLatencyAtProvinceScale() {
        long t = System.nanoTime();
        seed();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jobs", JOBS);
        result.put("seekers", SEEKERS);
        result.put("seedSeconds", Math.round((System.nanoTime() - t) / 1e7) / 100.0);

        List<UUID> seekerIds = jdbc.sql("SELECT person_id FROM seeker ORDER BY random() LIMIT :n")
                .param("n", SAMPLES).query(UUID.class).list();
        List<UUID> jobIds = jdbc.sql("SELECT id FROM job WHERE open ORDER BY random() LIMIT :n")
                .param("n", SAMPLES).query(UUID.class).list();
        List<JobSeeker> sampleSeekers = seekerIds.stream().map(seekers::seeker).toList();
        List<Job> sampleJobs = jobIds.stream().map(employers::job).toList();

        int[] found = new int[1];
        List<Long> jobsForSeeker = latencies(sampleSeekers.size(), i -> () -> {
            found[0] += matching.jobsFor(sampleSeekers.get(i), 20).size();
            return null;
        });
        List<Long> seekersForJob = latencies(sampleJobs.size(), i -> () -> {
            found[0] += matching.seekersFor(sampleJobs.get(i), false, RegionListing.everywhere(), 20).size();
            return null;
        });
        assertThat(found[0]).isPositive();
        result.put("jobsForSeekerP50Millis", BenchmarkReport.percentile(jobsForSeeker, 50) / 1_000_000.0);
        result.put("jobsForSeekerP99Millis", BenchmarkReport.percentile(jobsForSeeker, 99) / 1_000_000.0);
        result.put("seekersForJobP50Millis", BenchmarkReport.percentile(seekersForJob, 50) / 1_000_000.0);
        result.put("seekersForJobP99Millis", BenchmarkReport.percentile(seekersForJob, 99) / 1_000_000.0);
        BenchmarkReport.write("employment-matching", result);
    }

    /** Nanoseconds per call, sorted, after a warm-up pass. */
    private static List<Long> latencies(int n, java.util.function.IntFunction<Supplier<Void>> call) {
        for (int i = 0; i < n; i++) {
            call.apply(i).get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.apply(i).get();
            nanos.add(System.nanoTime() - t);
        }
        nanos.sort(null);
        return nanos;
    }

    /** Set-based: jobs of 1,000 employers in ten counties, seekers with certificate holders behind them. */
    private void seed() {
        String counties = "ARRAY['330102','330105','330106','330108','330109','330110','330402','330482','330802','330881']";
        String forms = "ARRAY['FULL_TIME','PART_TIME','HOME_BASED_ONLINE','FLEXIBLE','AUXILIARY','PUBLIC_WELFARE']";
        String features = "ARRAY['STEP_FREE_ACCESS','ACCESSIBLE_TOILET','SIGN_LANGUAGE_SUPPORT','SCREEN_READER_TOOLS',"
                + "'FLEXIBLE_HOURS','QUIET_WORKSPACE']";
        String skills = "ARRAY['客服','打字','会计','设计','手工','编程','仓储','电商','直播','按摩']";
        jdbc.sql("""
                INSERT INTO employer (id, credit_code, name, county, headcount, registered_at)
                SELECT gen_random_uuid(), '91' || lpad(n::text, 16, '0'), 'bench ' || n, (%s)[1 + n %% 10], 100, now()
                FROM generate_series(1, 1000) n""".formatted(counties)).update();
        jdbc.sql("""
                INSERT INTO job (id, employer_id, title, description, required_skills, skills_text, min_education,
                    min_education_rank, work_form, monthly_wage_fen, county, remote, accessibility, suited_categories,
                    open, updated_at)
                WITH e AS (SELECT array_agg(id ORDER BY credit_code) AS ids, array_agg(county ORDER BY credit_code) AS at
                           FROM employer WHERE name LIKE 'bench %%')
                SELECT gen_random_uuid(), e.ids[1 + n %% 1000], 'bench job ' || n, '', ARRAY[(%3$s)[1 + n %% 10]],
                       (%3$s)[1 + n %% 10], 'JUNIOR_SECONDARY', 2, (%2$s)[1 + n %% 6], 300000 + (n %% 50) * 10000,
                       e.at[1 + n %% 1000], n %% 5 = 0,
                       ARRAY(SELECT f FROM unnest(%4$s) WITH ORDINALITY AS x(f, i) WHERE (n >> i::int) %% 2 = 1),
                       ARRAY['PHYSICAL'], true, now()
                FROM generate_series(1, :jobs) n, e
                """.formatted(counties, forms, skills, features)).param("jobs", JOBS).update();
        jdbc.sql("""
                INSERT INTO certificate_holder (person_id, certificate_id, county, category, grade, birth_date, sex, updated_at)
                SELECT gen_random_uuid(), gen_random_uuid(), (%s)[1 + n %% 10], 'PHYSICAL', 1 + n %% 4,
                       DATE '1990-01-01', 'FEMALE', now()
                FROM generate_series(1, :seekers) n""".formatted(counties)).param("seekers", SEEKERS).update();
        jdbc.sql("""
                INSERT INTO seeker (id, person_id, county, category, skills, skills_text, education, education_rank,
                    work_forms, location_county, accommodations, consent_scopes, consent_changed_at, consent_recorded_by,
                    registered_at)
                SELECT gen_random_uuid(), h.person_id, h.county, 'PHYSICAL', ARRAY[(%3$s)[1 + n %% 10]],
                       (%3$s)[1 + n %% 10], 'SENIOR_SECONDARY', 3, ARRAY[(%2$s)[1 + n %% 6], (%2$s)[1 + (n / 6) %% 6]],
                       h.county, CASE WHEN n %% 3 = 0 THEN ARRAY[(%4$s)[1 + n %% 6]] ELSE ARRAY[]::text[] END,
                       CASE WHEN n %% 10 = 0 THEN ARRAY[]::text[] ELSE ARRAY['EMPLOYER_VIEW','MATCHING'] END,
                       now(), 'bench', now()
                FROM (SELECT person_id, county, row_number() OVER () AS n FROM certificate_holder
                      WHERE NOT EXISTS (SELECT 1 FROM seeker s WHERE s.person_id = certificate_holder.person_id)) h
                LIMIT :seekers""".formatted(counties, forms, skills, features)).param("seekers", SEEKERS).update();
        jdbc.sql("ANALYZE").update();
    }
}
