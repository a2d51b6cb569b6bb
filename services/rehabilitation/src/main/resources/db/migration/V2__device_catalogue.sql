-- Demo catalogue (DOMAIN.md: basic catalogue by category, high-tech items from seed 000: bionic
-- prostheses, eye-control devices, electronic larynx). Subsidies are demo values in fen: confirm
-- them with the provincial catalogue before production.
INSERT INTO device_catalogue_item (code, valid_from, name, suited_categories, suited_grades, basic_subsidy_fen,
                                   rental_allowed, high_tech, source)
VALUES ('WHEELCHAIR-MANUAL', DATE '2024-01-01', '普通轮椅', 'PHYSICAL,MULTIPLE', 'GRADE_1,GRADE_2,GRADE_3,GRADE_4',
        80000, TRUE, FALSE, 'demo value'),
       ('WHEELCHAIR-ELECTRIC', DATE '2024-01-01', '电动轮椅', 'PHYSICAL,MULTIPLE', 'GRADE_1,GRADE_2',
        300000, TRUE, FALSE, 'demo value'),
       ('WALKING-AID', DATE '2024-01-01', '助行器', 'PHYSICAL,VISUAL,MULTIPLE', 'GRADE_1,GRADE_2,GRADE_3,GRADE_4',
        20000, TRUE, FALSE, 'demo value'),
       ('HEARING-AID', DATE '2024-01-01', '助听器', 'HEARING,MULTIPLE', 'GRADE_1,GRADE_2,GRADE_3,GRADE_4',
        150000, FALSE, FALSE, 'demo value'),
       ('WHITE-CANE', DATE '2024-01-01', '盲杖', 'VISUAL,MULTIPLE', 'GRADE_1,GRADE_2,GRADE_3,GRADE_4',
        5000, FALSE, FALSE, 'demo value'),
       ('SCREEN-READER', DATE '2024-01-01', '读屏软件', 'VISUAL,MULTIPLE', 'GRADE_1,GRADE_2',
        30000, FALSE, FALSE, 'demo value'),
       ('BIONIC-PROSTHESIS', DATE '2024-01-01', '智能仿生假肢', 'PHYSICAL', 'GRADE_1,GRADE_2,GRADE_3',
        2000000, FALSE, TRUE, 'seed 000 (high-tech item), demo value'),
       ('EYE-CONTROL', DATE '2024-01-01', '眼控仪', 'PHYSICAL,SPEECH,MULTIPLE', 'GRADE_1,GRADE_2',
        1500000, TRUE, TRUE, 'seed 000 (high-tech item), demo value'),
       ('ELECTRONIC-LARYNX', DATE '2024-01-01', '电子喉', 'SPEECH', 'GRADE_1,GRADE_2,GRADE_3,GRADE_4',
        200000, FALSE, TRUE, 'seed 000 (high-tech item), demo value');
