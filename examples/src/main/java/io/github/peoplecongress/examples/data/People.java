package io.github.peoplecongress.examples.data;

import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.person.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes fictional people: names drawn from common surnames and given-name characters (never a chosen real person),
 * and GB 11643 identity numbers computed for a fictional address code, with the check character the standard
 * prescribes. Deterministic for a given seed.
 */
final class People {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
      + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴孔汤";
  private static final String GIVEN_MALE = "建国伟强军明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";
  private static final String GIVEN_FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";

  private final String regionCode;
  private final Random random;
  private final Set<String> names = new HashSet<>();
  private final List<Person> made = new ArrayList<>();
  private int sequence;

  People(String regionCode, long seed) {
    this.regionCode = regionCode;
    this.random = new Random(seed);
  }

  /**
   * Goes on after the people another builder made (the previous year's records): their names are not drawn again and
   * the identity numbers' sequence continues after theirs.
   *
   * @param existing  the people made before, not null
   */
  void continueAfter(List<Person> existing) {
    existing.forEach(person -> names.add(person.getName()));
    sequence += existing.size();
  }

  /** @return every person made so far, in order */
  List<Person> all() {
    return List.copyOf(made);
  }

  /** Makes a person with a fresh fictional name and an identity number agreeing with sex and birth date. */
  Person make(String id, Gender gender, LocalDate birthDate, PoliticalStatus politicalStatus,
      EducationLevel education, String employerAndPosition) {
    Person person = Person.builder()
        .id(PersonId.of(id))
        .name(freshName(gender))
        .gender(gender)
        .ethnicity(random.nextInt(12) == 0 ? Ethnicity.HUI : Ethnicity.HAN)
        .birthDate(birthDate)
        .politicalStatus(politicalStatus)
        .educationLevel(education)
        .idNumber(idNumber(gender, birthDate))
        .employerAndPosition(employerAndPosition)
        .build();
    made.add(person);
    return person;
  }

  /** Makes a person with a random sex, birth year between the bounds and the given details. */
  Person make(String id, int bornFrom, int bornTo, PoliticalStatus politicalStatus, EducationLevel education,
      String employerAndPosition) {
    Gender gender = random.nextInt(3) == 0 ? Gender.FEMALE : Gender.MALE;
    return make(id, gender, birthDate(bornFrom, bornTo), politicalStatus, education, employerAndPosition);
  }

  LocalDate birthDate(int bornFrom, int bornTo) {
    return LocalDate.of(bornFrom + random.nextInt(bornTo - bornFrom + 1), 1, 1).plusDays(random.nextInt(365));
  }

  PoliticalStatus randomPoliticalStatus() {
    int r = random.nextInt(10);
    return r < 6 ? PoliticalStatus.CPC_MEMBER : r < 8 ? PoliticalStatus.MASSES
        : r == 8 ? PoliticalStatus.CDL_MEMBER : PoliticalStatus.NON_PARTY_PERSONAGE;
  }

  EducationLevel randomEducation() {
    int r = random.nextInt(10);
    return r < 2 ? EducationLevel.POSTGRADUATE : r < 7 ? EducationLevel.UNDERGRADUATE
        : r < 9 ? EducationLevel.JUNIOR_COLLEGE : EducationLevel.SENIOR_HIGH_SCHOOL;
  }

  private String freshName(Gender gender) {
    String given = gender == Gender.FEMALE ? GIVEN_FEMALE : GIVEN_MALE;
    while (true) {
      StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
      name.append(given.charAt(random.nextInt(given.length())));
      if (random.nextInt(3) != 0) {
        name.append(given.charAt(random.nextInt(given.length())));
      }
      if (names.add(name.toString())) {
        return name.toString();
      }
    }
  }

  private ResidentIdNumber idNumber(Gender gender, LocalDate birthDate) {
    sequence++;
    int order = (sequence * 7 % 499) * 2 + (gender == Gender.MALE ? 1 : 0);
    String first17 = regionCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order);
    return ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17));
  }
}
