-- Dated days of the working-day calendar for 2026, as far as they could be established (see
-- docs/petitions.md, "Deadlines and the working-day calendar"):
--   * Tết Nguyên đán Bính Ngọ: the Prime Minister approved the Ministry of Home Affairs' plan of nine
--     days off for civil servants, Saturday 14/2/2026 (27 Chạp Ất Tỵ) to Sunday 22/2/2026 (mùng 6
--     tháng Giêng); the weekdays of it are listed (source: press reports of the approved plan, e.g.
--     congan.com.vn; the notice's own text was not available here — check it).
--   * Giỗ Tổ Hùng Vương (10/3 âm lịch) falls on Sunday 26/4/2026; the Labour Code 2019 (art. 112(3))
--     gives the next working day off instead: Monday 27/4/2026.
-- Not listed, because they could not be established with certainty: a bridge or swapped day around
-- National Day 2026 (the second day off next to 2/9, and any Saturday worked instead), and any other
-- swap announced for 2026; and every dated day of 2027. The administrator enters them at
-- /admin/petitions/calendar or imports the sheet ngay-lam-viec. 1/1, 30/4, 1/5 and 2/9 are fixed
-- holidays (petitions_fixed_holiday) and fall on weekdays in 2026. ON CONFLICT: what an
-- administrator already entered for these days is kept.
INSERT INTO petitions_calendar_day (day, kind, name, updated_at) VALUES
    ('2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', now()),
    ('2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', now()),
    ('2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', now()),
    ('2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', now()),
    ('2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', now()),
    ('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4/2026)', now())
ON CONFLICT (day) DO NOTHING;
