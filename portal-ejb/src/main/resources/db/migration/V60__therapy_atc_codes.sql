-- Standard codes for FHIR export and import (issue 17): WHO ATC on therapies (MedicationStatement.medication),
-- and LOINC where an instrument lacked one (Observation.code). Procedures (thermoplasty, surgery, thymectomy,
-- stimulation) and regimens without a single ATC code keep none and travel with the catalogue code only.
alter table therapy add column atc_code varchar(10);
alter table therapy_aud add column atc_code varchar(10);

update therapy set atc_code = 'R03AK' where code = 'high-dose-ics-laba';
update therapy set atc_code = 'H02AB06' where code in ('prednisolone', 'ocs');
update therapy set atc_code = 'R03DX05' where code = 'omalizumab';
update therapy set atc_code = 'R03DX08' where code = 'reslizumab';
update therapy set atc_code = 'R03DX09' where code = 'mepolizumab';
update therapy set atc_code = 'R03DX10' where code = 'benralizumab';
update therapy set atc_code = 'R03DX11' where code = 'tezepelumab';
update therapy set atc_code = 'D11AH05' where code = 'dupilumab';
update therapy set atc_code = 'N07AA02' where code = 'pyridostigmine';
update therapy set atc_code = 'L04AX01' where code = 'azathioprine';
update therapy set atc_code = 'L04AA06' where code = 'mycophenolate';
update therapy set atc_code = 'L04AX03' where code = 'methotrexate';
update therapy set atc_code = 'J06BA02' where code = 'ivig';
update therapy set atc_code = 'L01FA01' where code = 'rituximab';
update therapy set atc_code = 'L04AJ01' where code = 'eculizumab';
update therapy set atc_code = 'L04AJ02' where code = 'ravulizumab';
update therapy set atc_code = 'B02BD02' where code = 'fviii-concentrate';
update therapy set atc_code = 'B02BD04' where code = 'fix-concentrate';
update therapy set atc_code = 'B02BD03' where code = 'apcc';
update therapy set atc_code = 'B02BD08' where code = 'rfviia';
update therapy set atc_code = 'B02BX06' where code = 'emicizumab';
update therapy set atc_code = 'N03AX14' where code = 'levetiracetam';
update therapy set atc_code = 'N03AG01' where code = 'valproate';
update therapy set atc_code = 'N03AX09' where code = 'lamotrigine';
update therapy set atc_code = 'N03AF01' where code = 'carbamazepine';
update therapy set atc_code = 'N03AX25' where code = 'cenobamate';
update therapy set atc_code = 'P01BA02' where code = 'hydroxychloroquine';
update therapy set atc_code = 'L04AG04' where code = 'belimumab';
update therapy set atc_code = 'L04AG11' where code = 'anifrolumab';
update therapy set atc_code = 'L01AA01' where code = 'cyclophosphamide';
update therapy set atc_code = 'L04AD03' where code = 'voclosporin';
update therapy set atc_code = 'L01XL03' where code = 'axicabtagene-ciloleucel';
update therapy set atc_code = 'L01XL04' where code = 'tisagenlecleucel';
update therapy set atc_code = 'L01XL08' where code = 'lisocabtagene-maraleucel';
update therapy set atc_code = 'L01FX27' where code = 'epcoritamab';
update therapy set atc_code = 'L01FX28' where code = 'glofitamab';

update instrument set loinc_code = '29463-7' where code = 'weight-kg' and loinc_code is null;
update instrument set loinc_code = '4485-9' where code = 'c3' and loinc_code is null;
update instrument set loinc_code = '4498-2' where code = 'c4' and loinc_code is null;
