-- Townships become codes from the county's list (tw.smartdesk.events.application.Township), the only
-- values ApplicationSubmittedV2 may carry. Free text that names a township (either 臺 or 台, with or
-- without the county) maps to its code, 縣外 / "outside the county" to OUTSIDE_COUNTY; anything else
-- (such as an ID number typed into the field) is not a township and becomes null (unknown).
create temporary table township_name (name text primary key, code text not null) on commit drop;
insert into township_name (name, code) values
    ('臺東市', 'TAITUNG_CITY'), ('成功鎮', 'CHENGGONG'), ('關山鎮', 'GUANSHAN'), ('卑南鄉', 'BEINAN'),
    ('大武鄉', 'DAWU'), ('太麻里鄉', 'TAIMALI'), ('東河鄉', 'DONGHE'), ('長濱鄉', 'CHANGBIN'), ('鹿野鄉', 'LUYE'),
    ('池上鄉', 'CHISHANG'), ('綠島鄉', 'GREEN_ISLAND'), ('延平鄉', 'YANPING'), ('海端鄉', 'HAIDUAN'),
    ('達仁鄉', 'DAREN'), ('金峰鄉', 'JINFENG'), ('蘭嶼鄉', 'LANYU'), ('縣外', 'OUTSIDE_COUNTY');

update applicant a set township = (
    select t.code from township_name t
    where t.name = replace(regexp_replace(btrim(a.township), '^(臺東縣|台東縣)', ''), '台', '臺')
       or t.code = upper(btrim(a.township)))
where township is not null;

update application a set township = (
    select t.code from township_name t
    where t.name = replace(regexp_replace(btrim(a.township), '^(臺東縣|台東縣)', ''), '台', '臺')
       or t.code = upper(btrim(a.township)))
where township is not null;

alter table applicant add constraint applicant_township_code check (township ~ '^[A-Z_]{3,20}$');
alter table application add constraint application_township_code check (township ~ '^[A-Z_]{3,20}$');
