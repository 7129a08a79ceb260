package io.github.peoplecongress.model.code;

/**
 * A person's ethnic group (民族) with the numeric and letter codes of GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码:
 * the 56 groups {@code 01} 汉族 to {@code 56} 基诺族, named by the standard's romanization ({@code ZANG} 藏族,
 * {@code CHOSEN} 朝鲜族, {@code RUSS} 俄罗斯族; the standard notes that 朝鲜族 is written Korean and 藏族 Tibetan
 * abroad).
 *
 * <p>Two further codes, {@link #OTHER} ({@code 97} 其他, for groups not yet identified) and
 * {@link #FOREIGN_ORIGIN} ({@code 98} 外国血统中国籍人士, Chinese citizens of foreign origin), are NOT in the
 * GB/T 3304-1991 table: they are the extension that Chinese sector data standards and registration systems
 * commonly add, included so that every citizen can be recorded. {@link #definedByGbT3304()} tells them apart.
 *
 * <p>JSON: the constant name ({@code "HAN"}), Jackson's default; {@link #getCode()} gives the two-digit code.
 */
public enum Ethnicity {
  /** 01 汉族 (Han, HA). */
  HAN("01", "汉族", "Han", "HA"),
  /** 02 蒙古族 (Mongol, MG). */
  MONGOL("02", "蒙古族", "Mongol", "MG"),
  /** 03 回族 (Hui, HU). */
  HUI("03", "回族", "Hui", "HU"),
  /** 04 藏族 (Zang, ZA). */
  ZANG("04", "藏族", "Zang", "ZA"),
  /** 05 维吾尔族 (Uygur, UG). */
  UYGUR("05", "维吾尔族", "Uygur", "UG"),
  /** 06 苗族 (Miao, MH). */
  MIAO("06", "苗族", "Miao", "MH"),
  /** 07 彝族 (Yi, YI). */
  YI("07", "彝族", "Yi", "YI"),
  /** 08 壮族 (Zhuang, ZH). */
  ZHUANG("08", "壮族", "Zhuang", "ZH"),
  /** 09 布依族 (Buyei, BY). */
  BUYEI("09", "布依族", "Buyei", "BY"),
  /** 10 朝鲜族 (Chosen, CS). */
  CHOSEN("10", "朝鲜族", "Chosen", "CS"),
  /** 11 满族 (Man, MA). */
  MAN("11", "满族", "Man", "MA"),
  /** 12 侗族 (Dong, DO). */
  DONG("12", "侗族", "Dong", "DO"),
  /** 13 瑶族 (Yao, YA). */
  YAO("13", "瑶族", "Yao", "YA"),
  /** 14 白族 (Bai, BA). */
  BAI("14", "白族", "Bai", "BA"),
  /** 15 土家族 (Tujia, TJ). */
  TUJIA("15", "土家族", "Tujia", "TJ"),
  /** 16 哈尼族 (Hani, HN). */
  HANI("16", "哈尼族", "Hani", "HN"),
  /** 17 哈萨克族 (Kazak, KZ). */
  KAZAK("17", "哈萨克族", "Kazak", "KZ"),
  /** 18 傣族 (Dai, DA). */
  DAI("18", "傣族", "Dai", "DA"),
  /** 19 黎族 (Li, LI). */
  LI("19", "黎族", "Li", "LI"),
  /** 20 傈僳族 (Lisu, LS). */
  LISU("20", "傈僳族", "Lisu", "LS"),
  /** 21 佤族 (Va, VA). */
  VA("21", "佤族", "Va", "VA"),
  /** 22 畲族 (She, SH). */
  SHE("22", "畲族", "She", "SH"),
  /** 23 高山族 (Gaoshan, GS). */
  GAOSHAN("23", "高山族", "Gaoshan", "GS"),
  /** 24 拉祜族 (Lahu, LH). */
  LAHU("24", "拉祜族", "Lahu", "LH"),
  /** 25 水族 (Sui, SU). */
  SUI("25", "水族", "Sui", "SU"),
  /** 26 东乡族 (Dongxiang, DX). */
  DONGXIANG("26", "东乡族", "Dongxiang", "DX"),
  /** 27 纳西族 (Naxi, NX). */
  NAXI("27", "纳西族", "Naxi", "NX"),
  /** 28 景颇族 (Jingpo, JP). */
  JINGPO("28", "景颇族", "Jingpo", "JP"),
  /** 29 柯尔克孜族 (Kirgiz, KG). */
  KIRGIZ("29", "柯尔克孜族", "Kirgiz", "KG"),
  /** 30 土族 (Tu, TU). */
  TU("30", "土族", "Tu", "TU"),
  /** 31 达斡尔族 (Daur, DU). */
  DAUR("31", "达斡尔族", "Daur", "DU"),
  /** 32 仫佬族 (Mulao, ML). */
  MULAO("32", "仫佬族", "Mulao", "ML"),
  /** 33 羌族 (Qiang, QI). */
  QIANG("33", "羌族", "Qiang", "QI"),
  /** 34 布朗族 (Blang, BL). */
  BLANG("34", "布朗族", "Blang", "BL"),
  /** 35 撒拉族 (Salar, SL). */
  SALAR("35", "撒拉族", "Salar", "SL"),
  /** 36 毛南族 (Maonan, MN). */
  MAONAN("36", "毛南族", "Maonan", "MN"),
  /** 37 仡佬族 (Gelao, GL). */
  GELAO("37", "仡佬族", "Gelao", "GL"),
  /** 38 锡伯族 (Xibe, XB). */
  XIBE("38", "锡伯族", "Xibe", "XB"),
  /** 39 阿昌族 (Achang, AC). */
  ACHANG("39", "阿昌族", "Achang", "AC"),
  /** 40 普米族 (Pumi, PM). */
  PUMI("40", "普米族", "Pumi", "PM"),
  /** 41 塔吉克族 (Tajik, TA). */
  TAJIK("41", "塔吉克族", "Tajik", "TA"),
  /** 42 怒族 (Nu, NU). */
  NU("42", "怒族", "Nu", "NU"),
  /** 43 乌孜别克族 (Uzbek, UZ). */
  UZBEK("43", "乌孜别克族", "Uzbek", "UZ"),
  /** 44 俄罗斯族 (Russ, RS). */
  RUSS("44", "俄罗斯族", "Russ", "RS"),
  /** 45 鄂温克族 (Ewenki, EW). */
  EWENKI("45", "鄂温克族", "Ewenki", "EW"),
  /** 46 德昂族 (Deang, DE). */
  DEANG("46", "德昂族", "Deang", "DE"),
  /** 47 保安族 (Bonan, BN). */
  BONAN("47", "保安族", "Bonan", "BN"),
  /** 48 裕固族 (Yugur, YG). */
  YUGUR("48", "裕固族", "Yugur", "YG"),
  /** 49 京族 (Gin, GI). */
  GIN("49", "京族", "Gin", "GI"),
  /** 50 塔塔尔族 (Tatar, TT). */
  TATAR("50", "塔塔尔族", "Tatar", "TT"),
  /** 51 独龙族 (Derung, DR). */
  DERUNG("51", "独龙族", "Derung", "DR"),
  /** 52 鄂伦春族 (Oroqen, OR). */
  OROQEN("52", "鄂伦春族", "Oroqen", "OR"),
  /** 53 赫哲族 (Hezhen, HZ). */
  HEZHEN("53", "赫哲族", "Hezhen", "HZ"),
  /** 54 门巴族 (Monba, MB). */
  MONBA("54", "门巴族", "Monba", "MB"),
  /** 55 珞巴族 (Lhoba, LB). */
  LHOBA("55", "珞巴族", "Lhoba", "LB"),
  /** 56 基诺族 (Jino, JN). */
  JINO("56", "基诺族", "Jino", "JN"),
  /** {@code 97} 其他: an ethnic group not yet identified (未识别民族). Extension code, not in GB/T 3304-1991. */
  OTHER("97", "其他", "", ""),
  /** {@code 98} 外国血统中国籍人士: a Chinese citizen of foreign origin. Extension code, not in GB/T 3304-1991. */
  FOREIGN_ORIGIN("98", "外国血统中国籍人士", "", "");

  private final String code;
  private final String label;
  private final String romanization;
  private final String letterCode;

  Ethnicity(String code, String label, String romanization, String letterCode) {
    this.code = code;
    this.label = label;
    this.romanization = romanization;
    this.letterCode = letterCode;
  }

  /**
   * Returns the two-digit numeric code.
   *
   * @return the code, such as {@code "01"}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the label, such as {@code "汉族"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the romanization of GB/T 3304-1991.
   *
   * @return the romanization, such as {@code "Han"}; empty for {@link #OTHER} and {@link #FOREIGN_ORIGIN}
   */
  public String getRomanization() {
    return romanization;
  }

  /**
   * Returns the two-letter code of GB/T 3304-1991.
   *
   * @return the letter code, such as {@code "HA"}; empty for {@link #OTHER} and {@link #FOREIGN_ORIGIN}
   */
  public String getLetterCode() {
    return letterCode;
  }

  /**
   * Tells whether the code is in the GB/T 3304-1991 table (all but {@link #OTHER} and {@link #FOREIGN_ORIGIN}).
   *
   * @return true for the 56 groups of the standard
   */
  public boolean definedByGbT3304() {
    return !letterCode.isEmpty();
  }

  /**
   * Finds the ethnic group with a two-digit numeric code.
   *
   * @param code  the code, such as {@code "04"}; the leading zero is required
   * @return the ethnic group, not null
   * @throws IllegalArgumentException naming the code if it is not {@code 01}–{@code 56}, {@code 97} or
   *     {@code 98}
   */
  public static Ethnicity fromCode(String code) {
    for (Ethnicity ethnicity : values()) {
      if (ethnicity.code.equals(code)) {
        return ethnicity;
      }
    }
    throw new IllegalArgumentException("Unknown GB/T 3304 ethnicity code: " + Codes.quote(code)
        + " (expected two digits 01 to 56, 97 or 98)");
  }
}
