-- Counties of Hangzhou (3301), Jiaxing (3304) and Quzhou (3308) from DOMAIN.md's examples and the
-- seed plans; add the other cities' counties the same way.
INSERT INTO county (code, name, city_code) VALUES
    ('330102', '上城区', '330100'), ('330105', '拱墅区', '330100'), ('330106', '西湖区', '330100'),
    ('330108', '滨江区', '330100'), ('330109', '萧山区', '330100'), ('330110', '余杭区', '330100'),
    ('330111', '富阳区', '330100'), ('330112', '临安区', '330100'), ('330113', '临平区', '330100'),
    ('330114', '钱塘区', '330100'), ('330122', '桐庐县', '330100'), ('330127', '淳安县', '330100'),
    ('330182', '建德市', '330100'),
    ('330402', '南湖区', '330400'), ('330411', '秀洲区', '330400'), ('330421', '嘉善县', '330400'),
    ('330424', '海盐县', '330400'), ('330481', '海宁市', '330400'), ('330482', '平湖市', '330400'),
    ('330483', '桐乡市', '330400'),
    ('330802', '柯城区', '330800'), ('330803', '衢江区', '330800'), ('330822', '常山县', '330800'),
    ('330824', '开化县', '330800'), ('330825', '龙游县', '330800'), ('330881', '江山市', '330800');

-- Validity (DOMAIN.md: "10 years from issue for adults; for minors a shorter term").
-- DEMO VALUES, to be confirmed by the provincial federation.
INSERT INTO validity_rule (min_age, max_age, category, valid_years, renewal_window_days, note) VALUES
    (0, 6, NULL, 2, 90, 'demo value: young children are reassessed as they develop'),
    (7, 17, NULL, 5, 90, 'demo value: minors'),
    (18, 200, NULL, 10, 90, 'DOMAIN.md: 10 years for adults');

-- Workflow time limits (DOMAIN.md, demo values): assessment 20 working days, review 10.
INSERT INTO step_time_limit (step, working_days) VALUES ('ASSESSMENT', 20), ('REVIEW', 10);
