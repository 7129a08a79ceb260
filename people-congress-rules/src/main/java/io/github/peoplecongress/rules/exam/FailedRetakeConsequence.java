package io.github.peoplecongress.rules.exam;

/** What a local rule prescribes when the retake is failed too. */
public enum FailedRetakeConsequence {
  /** 暂缓提请任命 (岐山县): the nomination is deferred. */
  DEFER("暂缓提请任命"),
  /** 要求提请机关撤回提名 (兰州市): the nominating organ must withdraw the nomination. */
  WITHDRAW("提请机关撤回提名");

  private final String label;

  FailedRetakeConsequence(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }
}
