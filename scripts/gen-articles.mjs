// Generates realistic Korean outage articles (team-written sentence templates,
// random operators, services, times and causes) for benchmarks. Deterministic per seed.
const OPERATORS = [
  "한빛은행",
  "누리통신",
  "가람증권",
  "새봄카드",
  "다온페이",
  "국가정보자원관리원",
  "우정사업본부",
  "한국철도공사",
];
const SERVICES = [
  "모바일뱅킹 앱",
  "인터넷 뱅킹",
  "결제 승인 시스템",
  "예매 시스템",
  "민원 발급 시스템",
  "고객센터 전화",
  "간편결제 서비스",
  "홈페이지",
];
const CAUSES = [
  "네트워크 장비 이상",
  "데이터센터 화재",
  "서버 과부하",
  "프로그램 오류",
  "전원 공급 장치 고장",
  "접속자 폭증",
];
const FILLER = [
  "이용자들은 온라인 커뮤니티에 불만을 쏟아냈다.",
  "업계에서는 이중화 설비가 제대로 작동하지 않은 것 아니냐는 지적이 나왔다.",
  "회사는 피해 고객을 대상으로 보상 방안을 검토하고 있다.",
  "전문가들은 재해 복구 체계를 점검해야 한다고 입을 모았다.",
  "금융당국은 사고 경위를 보고받고 현장 점검에 나설 방침이다.",
  "점심시간과 겹치면서 식당과 편의점 계산대 앞에 줄이 길게 늘어섰다.",
];

export function* generateArticles(count, seed = 7) {
  let x = seed >>> 0;
  const rnd = (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  for (let i = 0; i < count; i++) {
    const op = OPERATORS[rnd(OPERATORS.length)];
    const a = SERVICES[rnd(SERVICES.length)];
    const b = SERVICES[rnd(SERVICES.length)];
    const cause = CAUSES[rnd(CAUSES.length)];
    const h = 1 + rnd(11);
    const m = rnd(60);
    const dur = 1 + rnd(5);
    const day = 1 + rnd(27);
    const lines = [
      `${op} ${a} 먹통…${dur}시간 만에 복구`,
      `${day}일 ${op}에 따르면 이날 오전 ${h}시 ${m}분께부터 ${a}와 ${b}에 접속 장애가 발생했다.`,
      `${op}은 ${cause}으로 장애가 일어난 것으로 파악하고 있다고 밝혔다.`,
      `${op} 관계자는 "해킹 등 외부 공격에 의한 것은 아니다"라며 "오후 ${h + dur - 12 > 0 ? h + dur - 12 : h + dur}시께 모든 서비스가 정상화됐다"고 말했다.`,
      `전체 ${40 + rnd(60)}개 시스템 중 ${10 + rnd(30)}개가 먼저 복구됐고 나머지는 순차적으로 재개될 예정이다.`,
    ];
    while (Buffer.byteLength(lines.join("\n")) < 3000) lines.push(FILLER[rnd(FILLER.length)]);
    yield {
      source: `gen-${i}.txt`,
      published: `2025-0${1 + rnd(9)}-${String(day).padStart(2, "0")}T18:00:00+09:00`,
      text: lines.join("\n"),
    };
  }
}
