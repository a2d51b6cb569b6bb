package io.zhucan.platform.events.vocabulary;

import java.util.Arrays;

/** Disability grade (残疾等级): grade 1 is the most severe. Grades 1 and 2 are "severe" (重度). */
public enum DisabilityGrade {
    GRADE_1(1, "一级"),
    GRADE_2(2, "二级"),
    GRADE_3(3, "三级"),
    GRADE_4(4, "四级");

    private final int level;
    private final String chineseName;

    DisabilityGrade(int level, String chineseName) {
        this.level = level;
        this.chineseName = chineseName;
    }

    public int level() {
        return level;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isSevere() {
        return level <= 2;
    }

    /** The more severe of two grades (the lower level number). */
    public DisabilityGrade mostSevere(DisabilityGrade other) {
        return level <= other.level ? this : other;
    }

    public static DisabilityGrade ofLevel(int level) {
        return Arrays.stream(values())
                .filter(g -> g.level == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no disability grade " + level));
    }
}
