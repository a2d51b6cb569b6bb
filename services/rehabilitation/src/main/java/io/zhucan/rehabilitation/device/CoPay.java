package io.zhucan.rehabilitation.device;

/**
 * 基本补贴 + 个人补差: the platform pays the basic model's subsidy, at most the price; the person
 * pays the difference when they choose a better (dearer) model. In fen, so the two parts always
 * add up to the price.
 */
public record CoPay(long priceFen, long subsidyFen, long personalTopUpFen) {

    public CoPay {
        if (priceFen < 0 || subsidyFen < 0 || personalTopUpFen < 0 || subsidyFen + personalTopUpFen != priceFen) {
            throw new IllegalArgumentException("subsidy and top-up are non-negative and add up to the price");
        }
    }

    public static CoPay of(long basicSubsidyFen, long priceFen) {
        if (priceFen < 0) {
            throw new IllegalArgumentException("a price is never negative");
        }
        long subsidy = Math.min(basicSubsidyFen, priceFen);
        return new CoPay(priceFen, subsidy, priceFen - subsidy);
    }
}
