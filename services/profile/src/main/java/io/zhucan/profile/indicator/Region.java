package io.zhucan.profile.indicator;

/** Region levels of the administrative codes (GB/T 2260): province 33xxxx → city 3301xx → county. */
public final class Region {

    public static boolean isProvince(String code) {
        return code.endsWith("0000");
    }

    public static boolean isCity(String code) {
        return !isProvince(code) && code.endsWith("00");
    }

    /** The code of the level right below {@code region} that contains {@code county}. */
    public static String childOf(String region, String county) {
        return isProvince(region) ? county.substring(0, 4) + "00" : county;
    }

    public static boolean contains(String region, String county) {
        if (isProvince(region)) {
            return county.startsWith(region.substring(0, 2));
        }
        return isCity(region) ? county.startsWith(region.substring(0, 4)) : county.equals(region);
    }

    /** From the region itself up to its province: the order in which targets are looked for. */
    public static java.util.List<String> upwards(String region) {
        String city = region.substring(0, 4) + "00";
        String province = region.substring(0, 2) + "0000";
        return java.util.stream.Stream.of(region, city, province).distinct().toList();
    }

    /** The code prefix of the counties a region covers (for LIKE 'prefix%'). */
    public static String countyPrefix(String region) {
        if (isProvince(region)) {
            return region.substring(0, 2);
        }
        return isCity(region) ? region.substring(0, 4) : region;
    }

    private Region() {
    }
}
