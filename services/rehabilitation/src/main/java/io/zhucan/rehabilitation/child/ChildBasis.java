package io.zhucan.rehabilitation.child;

/** Why a child is known: a disability certificate, or a suspected case screened by health (疑似残疾儿童). */
public enum ChildBasis {
    CERTIFICATE,
    SUSPECTED
}
