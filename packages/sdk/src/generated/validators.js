// generated from schemas/*.schema.json, do not edit, run `pnpm codegen`
// @ts-nocheck
import runtime0 from "ajv/dist/runtime/ucs2length.js";
import runtime1 from "ajv-formats/dist/formats.js";
import runtime2 from "ajv/dist/runtime/equal.js";
// Node hands over module.exports; some bundlers hand over exports.default when there is one.
const cjs = (m) => (typeof m === "function" ? { default: m } : m);

export const validateCatalogSchema = validate20;
const schema31 = {"$comment":"generated from schemas/catalog.schema.json, do not edit, run `pnpm codegen`","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://qualcat.dev/schemas/catalog.schema.json","title":"职业资格退出目录 | Qualification exit catalog","description":"人社厅发〔2020〕80号附件“水平评价类技能人员职业资格退出目录安排”的数据形式 | The attachment table of 人社厅发〔2020〕80号 as data","type":"object","required":["id","title","source","batches","qualifications"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"$schema":{"type":"string","description":"本文件所用的 JSON Schema | The JSON Schema this file uses"},"id":{"type":"string","minLength":1,"description":"目录编号 | Catalog id"},"title":{"type":"string","minLength":1,"description":"目录名称 | Catalog title"},"source":{"type":"object","description":"目录出处 | Where the catalog comes from","required":["document","issuedOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"document":{"type":"string","minLength":1,"description":"文号，如 人社厅发〔2020〕80号 | Document number, e.g. 人社厅发〔2020〕80号"},"issuedOn":{"$ref":"#/$defs/date","description":"印发日期 | Date issued"},"attachment":{"type":"string","description":"附件名称 | Attachment title"}}},"batches":{"type":"array","minItems":1,"description":"退出批次 | Exit batches","items":{"type":"object","description":"一个退出批次 | One exit batch","required":["id","exitDate"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"id":{"type":"integer","enum":[1,2],"description":"批次 | Batch number","enumDescriptions":["第一批（9月30日前退出） | Batch 1 (exits by 30 September)","第二批（12月31日前退出） | Batch 2 (exits by 31 December)"]},"exitDate":{"$ref":"#/$defs/date","description":"退出日期：该日起即为退出目录后 | Exit date: from this day on the qualification is out of the catalog"}}}},"qualifications":{"type":"array","description":"附件表的各子行（一项职业资格的一个批次） | The sub-rows of the table (one qualification group in one batch)","items":{"type":"object","description":"附件表的一个子行 | One sub-row of the table","required":["id","group","occupations","departments","category","exit"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"id":{"type":"string","minLength":1,"description":"子行编号（序号-子行），如 21-2 | Sub-row id (group-row), e.g. 21-2"},"group":{"type":"object","description":"职业资格（附件序号与名称） | Qualification group (number and name in the table)","required":["no","name"],"additionalProperties":false,"properties":{"no":{"type":"integer","minimum":1,"description":"附件序号 | Number in the table"},"name":{"type":"string","minLength":1,"description":"职业资格名称 | Qualification group name"}}},"occupations":{"type":"array","minItems":1,"description":"该子行的职业（工种） | Occupations of the sub-row","items":{"type":"object","description":"一个职业 | One occupation","required":["name"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"name":{"$ref":"#/$defs/occupationName","description":"职业名称，与附件所印完全一致 | Occupation name exactly as printed"},"code":{"type":"string","description":"《中华人民共和国职业分类大典》职业编码 | Occupation code in the national occupational classification"}}}},"printed":{"type":"string","description":"附件该格原文 | The table cell exactly as printed"},"departments":{"type":"array","minItems":1,"description":"实施部门（单位） | Implementing departments (units)","items":{"type":"string","minLength":1,"description":"部门名称 | Department name"}},"category":{"type":"string","enum":["level-evaluation","access"],"description":"职业资格类别 | Qualification category","enumDescriptions":["水平评价类（退出目录） | Level-evaluation (exits the catalog)","准入类（不退出） | Access-type (never exits)"]},"exit":{"description":"退出安排；准入类为 null | Exit arrangement; null for access-type","oneOf":[{"type":"object","description":"退出批次 | Exit batch","required":["batch"],"additionalProperties":false,"properties":{"batch":{"type":"integer","enum":[1,2],"description":"退出批次 | Exit batch","enumDescriptions":["第一批 | Batch 1","第二批 | Batch 2"]}}},{"type":"null","description":"不退出 | Does not exit"}]},"notes":{"type":"string","description":"说明 | Notes"},"anomalies":{"type":"array","description":"附件印刷上的异常及处理方式 | Anomalies in the printed table and how they are handled","items":{"type":"object","description":"一处异常 | One anomaly","required":["code","occupation","note"],"additionalProperties":false,"properties":{"code":{"type":"string","enum":["duplicate-occupation","printed-as-is"],"description":"异常类型 | Kind of anomaly","enumDescriptions":["重复印刷的职业 | Occupation printed twice","按原样保留的名称 | Name kept exactly as printed"]},"occupation":{"type":"string","description":"涉及的职业 | Occupation concerned"},"note":{"type":"string","description":"说明 | Explanation"}}}}}}}},"$defs":{"date":{"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"},"occupationName":{"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"}}};
const schema32 = {"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"};
const schema34 = {"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"};
const pattern4 = new RegExp("^x-", "u");
const func1 = cjs(runtime0).default;
const func4 = Object.prototype.hasOwnProperty;
const formats0 = cjs(runtime1).fullFormats.date;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://qualcat.dev/schemas/catalog.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.batches === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "batches"},message:"must have required property '"+"batches"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.qualifications === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifications"},message:"must have required property '"+"qualifications"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "id")) || (key0 === "title")) || (key0 === "source")) || (key0 === "batches")) || (key0 === "qualifications")) || (pattern4.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.document === undefined){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema31.properties.source.required,parentSchema:schema31.properties.source,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.issuedOn === undefined){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "issuedOn"},message:"must have required property '"+"issuedOn"+"'",schema:schema31.properties.source.required,parentSchema:schema31.properties.source,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "document") || (key1 === "issuedOn")) || (key1 === "attachment")) || (pattern4.test(key1)))){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.source,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.document !== undefined){
let data4 = data3.document;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err14 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.source.properties.document,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source.properties.document.type,parentSchema:schema31.properties.source.properties.document,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.issuedOn !== undefined){
let data5 = data3.issuedOn;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err16 = {instancePath:instancePath+"/source/issuedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/source/issuedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.attachment !== undefined){
let data6 = data3.attachment;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/source/attachment",schemaPath:"#/properties/source/properties/attachment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source.properties.attachment.type,parentSchema:schema31.properties.source.properties.attachment,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.source.type,parentSchema:schema31.properties.source,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.batches !== undefined){
let data7 = data.batches;
if(Array.isArray(data7)){
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/batches",schemaPath:"#/properties/batches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.batches,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err21 = {instancePath:instancePath+"/batches/" + i0,schemaPath:"#/properties/batches/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.batches.items.required,parentSchema:schema31.properties.batches.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.exitDate === undefined){
const err22 = {instancePath:instancePath+"/batches/" + i0,schemaPath:"#/properties/batches/items/required",keyword:"required",params:{missingProperty: "exitDate"},message:"must have required property '"+"exitDate"+"'",schema:schema31.properties.batches.items.required,parentSchema:schema31.properties.batches.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "id") || (key2 === "exitDate")) || (pattern4.test(key2)))){
const err23 = {instancePath:instancePath+"/batches/" + i0,schemaPath:"#/properties/batches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.batches.items,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.id !== undefined){
let data9 = data8.id;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/batches/" + i0+"/id",schemaPath:"#/properties/batches/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.batches.items.properties.id.type,parentSchema:schema31.properties.batches.items.properties.id,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data9 === 1) || (data9 === 2))){
const err25 = {instancePath:instancePath+"/batches/" + i0+"/id",schemaPath:"#/properties/batches/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema31.properties.batches.items.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.batches.items.properties.id.enum,parentSchema:schema31.properties.batches.items.properties.id,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.exitDate !== undefined){
let data10 = data8.exitDate;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err26 = {instancePath:instancePath+"/batches/" + i0+"/exitDate",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/batches/" + i0+"/exitDate",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/batches/" + i0,schemaPath:"#/properties/batches/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.batches.items.type,parentSchema:schema31.properties.batches.items,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/batches",schemaPath:"#/properties/batches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.batches.type,parentSchema:schema31.properties.batches,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.qualifications !== undefined){
let data11 = data.qualifications;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err30 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12.group === undefined){
const err31 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.occupations === undefined){
const err32 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "occupations"},message:"must have required property '"+"occupations"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12.departments === undefined){
const err33 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "departments"},message:"must have required property '"+"departments"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12.category === undefined){
const err34 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.exit === undefined){
const err35 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/required",keyword:"required",params:{missingProperty: "exit"},message:"must have required property '"+"exit"+"'",schema:schema31.properties.qualifications.items.required,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key3 in data12){
if(!((func4.call(schema31.properties.qualifications.items.properties, key3)) || (pattern4.test(key3)))){
const err36 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err37 = {instancePath:instancePath+"/qualifications/" + i1+"/id",schemaPath:"#/properties/qualifications/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.qualifications.items.properties.id,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/qualifications/" + i1+"/id",schemaPath:"#/properties/qualifications/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.id.type,parentSchema:schema31.properties.qualifications.items.properties.id,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.group !== undefined){
let data14 = data12.group;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.no === undefined){
const err39 = {instancePath:instancePath+"/qualifications/" + i1+"/group",schemaPath:"#/properties/qualifications/items/properties/group/required",keyword:"required",params:{missingProperty: "no"},message:"must have required property '"+"no"+"'",schema:schema31.properties.qualifications.items.properties.group.required,parentSchema:schema31.properties.qualifications.items.properties.group,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data14.name === undefined){
const err40 = {instancePath:instancePath+"/qualifications/" + i1+"/group",schemaPath:"#/properties/qualifications/items/properties/group/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.qualifications.items.properties.group.required,parentSchema:schema31.properties.qualifications.items.properties.group,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "no") || (key4 === "name"))){
const err41 = {instancePath:instancePath+"/qualifications/" + i1+"/group",schemaPath:"#/properties/qualifications/items/properties/group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.qualifications.items.properties.group,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.no !== undefined){
let data15 = data14.no;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/qualifications/" + i1+"/group/no",schemaPath:"#/properties/qualifications/items/properties/group/properties/no/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.qualifications.items.properties.group.properties.no.type,parentSchema:schema31.properties.qualifications.items.properties.group.properties.no,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/qualifications/" + i1+"/group/no",schemaPath:"#/properties/qualifications/items/properties/group/properties/no/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.qualifications.items.properties.group.properties.no,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data14.name !== undefined){
let data16 = data14.name;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err44 = {instancePath:instancePath+"/qualifications/" + i1+"/group/name",schemaPath:"#/properties/qualifications/items/properties/group/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.qualifications.items.properties.group.properties.name,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/qualifications/" + i1+"/group/name",schemaPath:"#/properties/qualifications/items/properties/group/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.group.properties.name.type,parentSchema:schema31.properties.qualifications.items.properties.group.properties.name,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/qualifications/" + i1+"/group",schemaPath:"#/properties/qualifications/items/properties/group/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.qualifications.items.properties.group.type,parentSchema:schema31.properties.qualifications.items.properties.group,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.occupations !== undefined){
let data17 = data12.occupations;
if(Array.isArray(data17)){
if(data17.length < 1){
const err47 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations",schemaPath:"#/properties/qualifications/items/properties/occupations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.qualifications.items.properties.occupations,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.name === undefined){
const err48 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2,schemaPath:"#/properties/qualifications/items/properties/occupations/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.qualifications.items.properties.occupations.items.required,parentSchema:schema31.properties.qualifications.items.properties.occupations.items,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data18){
if(!(((key5 === "name") || (key5 === "code")) || (pattern4.test(key5)))){
const err49 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2,schemaPath:"#/properties/qualifications/items/properties/occupations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.qualifications.items.properties.occupations.items,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.name !== undefined){
let data19 = data18.name;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err50 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2+"/name",schemaPath:"#/$defs/occupationName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2+"/name",schemaPath:"#/$defs/occupationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.code !== undefined){
let data20 = data18.code;
if(typeof data20 !== "string"){
const err52 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2+"/code",schemaPath:"#/properties/qualifications/items/properties/occupations/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.occupations.items.properties.code.type,parentSchema:schema31.properties.qualifications.items.properties.occupations.items.properties.code,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations/" + i2,schemaPath:"#/properties/qualifications/items/properties/occupations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.qualifications.items.properties.occupations.items.type,parentSchema:schema31.properties.qualifications.items.properties.occupations.items,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/qualifications/" + i1+"/occupations",schemaPath:"#/properties/qualifications/items/properties/occupations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.qualifications.items.properties.occupations.type,parentSchema:schema31.properties.qualifications.items.properties.occupations,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data12.printed !== undefined){
let data21 = data12.printed;
if(typeof data21 !== "string"){
const err55 = {instancePath:instancePath+"/qualifications/" + i1+"/printed",schemaPath:"#/properties/qualifications/items/properties/printed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.printed.type,parentSchema:schema31.properties.qualifications.items.properties.printed,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data12.departments !== undefined){
let data22 = data12.departments;
if(Array.isArray(data22)){
if(data22.length < 1){
const err56 = {instancePath:instancePath+"/qualifications/" + i1+"/departments",schemaPath:"#/properties/qualifications/items/properties/departments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.qualifications.items.properties.departments,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
if(typeof data23 === "string"){
if(func1(data23) < 1){
const err57 = {instancePath:instancePath+"/qualifications/" + i1+"/departments/" + i3,schemaPath:"#/properties/qualifications/items/properties/departments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.qualifications.items.properties.departments.items,data:data23};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/qualifications/" + i1+"/departments/" + i3,schemaPath:"#/properties/qualifications/items/properties/departments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.departments.items.type,parentSchema:schema31.properties.qualifications.items.properties.departments.items,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/qualifications/" + i1+"/departments",schemaPath:"#/properties/qualifications/items/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.qualifications.items.properties.departments.type,parentSchema:schema31.properties.qualifications.items.properties.departments,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data12.category !== undefined){
let data24 = data12.category;
if(typeof data24 !== "string"){
const err60 = {instancePath:instancePath+"/qualifications/" + i1+"/category",schemaPath:"#/properties/qualifications/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.category.type,parentSchema:schema31.properties.qualifications.items.properties.category,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!((data24 === "level-evaluation") || (data24 === "access"))){
const err61 = {instancePath:instancePath+"/qualifications/" + i1+"/category",schemaPath:"#/properties/qualifications/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.properties.qualifications.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.qualifications.items.properties.category.enum,parentSchema:schema31.properties.qualifications.items.properties.category,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data12.exit !== undefined){
let data25 = data12.exit;
const _errs64 = errors;
let valid17 = false;
let passing0 = null;
const _errs65 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.batch === undefined){
const err62 = {instancePath:instancePath+"/qualifications/" + i1+"/exit",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/0/required",keyword:"required",params:{missingProperty: "batch"},message:"must have required property '"+"batch"+"'",schema:schema31.properties.qualifications.items.properties.exit.oneOf[0].required,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[0],data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key6 in data25){
if(!(key6 === "batch")){
const err63 = {instancePath:instancePath+"/qualifications/" + i1+"/exit",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[0],data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data25.batch !== undefined){
let data26 = data25.batch;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err64 = {instancePath:instancePath+"/qualifications/" + i1+"/exit/batch",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/0/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.qualifications.items.properties.exit.oneOf[0].properties.batch.type,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[0].properties.batch,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((data26 === 1) || (data26 === 2))){
const err65 = {instancePath:instancePath+"/qualifications/" + i1+"/exit/batch",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/0/properties/batch/enum",keyword:"enum",params:{allowedValues: schema31.properties.qualifications.items.properties.exit.oneOf[0].properties.batch.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.qualifications.items.properties.exit.oneOf[0].properties.batch.enum,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[0].properties.batch,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/qualifications/" + i1+"/exit",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.qualifications.items.properties.exit.oneOf[0].type,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[0],data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0){
valid17 = true;
passing0 = 0;
}
const _errs71 = errors;
if(data25 !== null){
const err67 = {instancePath:instancePath+"/qualifications/" + i1+"/exit",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.qualifications.items.properties.exit.oneOf[1].type,parentSchema:schema31.properties.qualifications.items.properties.exit.oneOf[1],data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs71 === errors;
if(_valid0 && valid17){
valid17 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid17 = true;
passing0 = 1;
}
}
if(!valid17){
const err68 = {instancePath:instancePath+"/qualifications/" + i1+"/exit",schemaPath:"#/properties/qualifications/items/properties/exit/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.qualifications.items.properties.exit.oneOf,parentSchema:schema31.properties.qualifications.items.properties.exit,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data12.notes !== undefined){
let data27 = data12.notes;
if(typeof data27 !== "string"){
const err69 = {instancePath:instancePath+"/qualifications/" + i1+"/notes",schemaPath:"#/properties/qualifications/items/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.notes.type,parentSchema:schema31.properties.qualifications.items.properties.notes,data:data27};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data12.anomalies !== undefined){
let data28 = data12.anomalies;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.code === undefined){
const err70 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4,schemaPath:"#/properties/qualifications/items/properties/anomalies/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema31.properties.qualifications.items.properties.anomalies.items.required,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data29.occupation === undefined){
const err71 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4,schemaPath:"#/properties/qualifications/items/properties/anomalies/items/required",keyword:"required",params:{missingProperty: "occupation"},message:"must have required property '"+"occupation"+"'",schema:schema31.properties.qualifications.items.properties.anomalies.items.required,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items,data:data29};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data29.note === undefined){
const err72 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4,schemaPath:"#/properties/qualifications/items/properties/anomalies/items/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema31.properties.qualifications.items.properties.anomalies.items.required,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key7 in data29){
if(!(((key7 === "code") || (key7 === "occupation")) || (key7 === "note"))){
const err73 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4,schemaPath:"#/properties/qualifications/items/properties/anomalies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items,data:data29};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.code !== undefined){
let data30 = data29.code;
if(typeof data30 !== "string"){
const err74 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4+"/code",schemaPath:"#/properties/qualifications/items/properties/anomalies/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.anomalies.items.properties.code.type,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items.properties.code,data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!((data30 === "duplicate-occupation") || (data30 === "printed-as-is"))){
const err75 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4+"/code",schemaPath:"#/properties/qualifications/items/properties/anomalies/items/properties/code/enum",keyword:"enum",params:{allowedValues: schema31.properties.qualifications.items.properties.anomalies.items.properties.code.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.qualifications.items.properties.anomalies.items.properties.code.enum,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items.properties.code,data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29.occupation !== undefined){
let data31 = data29.occupation;
if(typeof data31 !== "string"){
const err76 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4+"/occupation",schemaPath:"#/properties/qualifications/items/properties/anomalies/items/properties/occupation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.anomalies.items.properties.occupation.type,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items.properties.occupation,data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data29.note !== undefined){
let data32 = data29.note;
if(typeof data32 !== "string"){
const err77 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4+"/note",schemaPath:"#/properties/qualifications/items/properties/anomalies/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.qualifications.items.properties.anomalies.items.properties.note.type,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items.properties.note,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies/" + i4,schemaPath:"#/properties/qualifications/items/properties/anomalies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.qualifications.items.properties.anomalies.items.type,parentSchema:schema31.properties.qualifications.items.properties.anomalies.items,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/qualifications/" + i1+"/anomalies",schemaPath:"#/properties/qualifications/items/properties/anomalies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.qualifications.items.properties.anomalies.type,parentSchema:schema31.properties.qualifications.items.properties.anomalies,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/qualifications/" + i1,schemaPath:"#/properties/qualifications/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.qualifications.items.type,parentSchema:schema31.properties.qualifications.items,data:data12};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/qualifications",schemaPath:"#/properties/qualifications/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.qualifications.type,parentSchema:schema31.properties.qualifications,data:data11};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validatePlanSchema = validate21;
const schema35 = {"$comment":"generated from schemas/plan.schema.json, do not edit, run `pnpm codegen`","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://qualcat.dev/schemas/plan.schema.json","title":"鉴定/认定计划 | Assessment or recognition plan","description":"职业资格鉴定计划或职业技能等级认定计划（文件名 *.plan.json / *.plan.yaml） | A qualification-assessment or skill-level-recognition plan (files *.plan.json / *.plan.yaml)","type":"object","required":["id","kind","publishedOn","assessmentDates","items"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段，不做校验 | Free extension field, not checked"}},"properties":{"$schema":{"type":"string","description":"本文件所用的 JSON Schema | The JSON Schema this file uses"},"id":{"type":"string","minLength":1,"description":"计划编号，在本省唯一 | Plan id, unique within the province"},"title":{"type":"string","description":"计划名称 | Plan title"},"region":{"$ref":"#/$defs/region","description":"发布计划的地区代码（GB/T 2260），决定适用哪个省的规则 | Region code of the publishing area (GB/T 2260); selects the provincial rules that apply"},"organizer":{"type":"object","description":"组织实施单位 | Organiser running the assessment or recognition","required":["name","type"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"name":{"type":"string","minLength":1,"description":"单位名称 | Organiser name"},"type":{"$ref":"#/$defs/organizationType","description":"单位类型 | Organiser type"},"filing":{"$ref":"#/$defs/filing","description":"职业技能等级认定备案（技师学院、社会培训评价组织须备案，浙人社办发〔2020〕27号 §三） | Recognition filing (required of technician colleges and social evaluation organisations, 27号 §三)"}}},"kind":{"type":"string","enum":["qualification-assessment","skill-level-recognition"],"description":"计划类别 | Plan kind","enumDescriptions":["职业资格鉴定（发职业资格证书） | Qualification assessment (vocational qualification certificate)","职业技能等级认定（发职业技能等级证书） | Skill-level recognition (skill-level certificate)"]},"purpose":{"type":"string","enum":["regular","make-up"],"default":"regular","description":"计划用途 | Purpose of the plan","enumDescriptions":["常规 | Regular","补考（退出目录前已报名考生的补考） | Make-up (re-sit for candidates registered under a pre-exit plan)"]},"makeUpOf":{"type":"string","minLength":1,"description":"补考所对应的退出目录前计划编号 | Id of the pre-exit plan this make-up plan re-sits"},"publishedOn":{"$ref":"#/$defs/date","description":"计划发布日期 | Date the plan is published"},"registration":{"type":"object","description":"报名时间 | Registration period","required":["opensOn","closesOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"opensOn":{"$ref":"#/$defs/date","description":"报名开始日期 | Registration opens on"},"closesOn":{"$ref":"#/$defs/date","description":"报名截止日期 | Registration closes on"}}},"assessmentDates":{"type":"array","minItems":1,"description":"鉴定（认定）实施日期，至少一个 | Assessment dates, at least one","items":{"$ref":"#/$defs/date","description":"实施日期 | Assessment date"}},"platform":{"type":"string","minLength":1,"description":"发布与实施所用平台，如“浙江省职业能力建设一体化平台” | Platform the plan is published and run on, e.g. 浙江省职业能力建设一体化平台"},"questionBank":{"type":"string","enum":["national","provincial","municipal","self-set"],"description":"命题所用题库 | Question bank used for the papers","enumDescriptions":["国家题库 | National question bank","省级题库 | Provincial question bank","市级题库 | Municipal question bank","自行命题 | Self-set questions"]},"items":{"type":"array","minItems":1,"description":"计划包含的职业与等级，至少一项 | Occupations and levels in the plan, at least one","items":{"type":"object","description":"一个职业及其等级 | One occupation with its levels","required":["occupation","levels"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"occupation":{"$ref":"#/$defs/occupationName","description":"职业（工种）名称，须与目录所印完全一致 | Occupation name, exactly as printed in the catalog"},"levels":{"type":"array","minItems":1,"uniqueItems":true,"description":"等级（1 一级/高级技师 … 5 五级/初级工） | Levels (1 senior technician … 5 junior)","items":{"$ref":"#/$defs/level","description":"等级 | Level"}},"candidates":{"type":"integer","minimum":0,"description":"计划人数 | Planned number of candidates"}}}},"trainingProgram":{"$ref":"#/$defs/trainingProgram","description":"对应的证书培养计划（职业院校或企业新型学徒） | The certificate training programme this plan serves (vocational school or apprenticeship)"},"candidateChoice":{"type":"object","description":"退出前已发布计划的考生选择：继续鉴定或退费（80号 §三，27号 §二） | Choice offered to candidates of a pre-exit plan: continue or refund (80号 §三, 27号 §二)","required":["continueOffered","refundOffered"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"continueOffered":{"type":"boolean","description":"是否可继续参加鉴定 | Candidates may continue with the assessment"},"refundOffered":{"type":"boolean","description":"是否可退回鉴定费 | Candidates may have their fee refunded"}}}},"$defs":{"region":{"type":"string","pattern":"^[1-9][0-9]{5}$","description":"六位行政区划代码（GB/T 2260），如 330000 浙江省、330100 杭州市 | Six-digit administrative region code (GB/T 2260), e.g. 330000 Zhejiang, 330100 Hangzhou"},"organizationType":{"type":"string","enum":["hr-department","assessment-center","assessment-station","technician-college","vocational-school","enterprise","social-evaluation-org"],"description":"机构类型 | Organisation type","enumDescriptions":["人力资源社会保障部门 | HR and social security department","职业技能鉴定中心 | Vocational skill assessment centre","职业技能鉴定所（站） | Vocational skill assessment station","技工院校（技师学院） | Technician college","职业院校 | Vocational school","用人单位（企业） | Enterprise (employer)","社会培训评价组织 | Social training-evaluation organisation"]},"filing":{"type":"object","description":"职业技能等级认定备案 | Filing (registration) of a skill-level recognition organisation with the HR authority","required":["number","filedOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"number":{"type":"string","minLength":1,"description":"备案编号 | Filing number"},"filedOn":{"$ref":"#/$defs/date","description":"备案日期 | Date of filing"}}},"date":{"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"},"occupationName":{"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"},"level":{"type":"integer","minimum":1,"maximum":5,"description":"技能等级：5 五级/初级工，4 四级/中级工，3 三级/高级工，2 二级/技师，1 一级/高级技师 | Skill level: 5 junior, 4 intermediate, 3 senior, 2 technician, 1 senior technician","enumDescriptions":["一级/高级技师 | Level 1, senior technician","二级/技师 | Level 2, technician","三级/高级工 | Level 3, senior worker","四级/中级工 | Level 4, intermediate worker","五级/初级工 | Level 5, junior worker"]},"trainingProgram":{"type":"object","description":"按职业资格证书培养计划招生的职业院校（含技工院校）或企业新型学徒培养计划（80号 §三） | Training programme enrolled for the qualification certificate: vocational school or enterprise apprenticeship (80号 §三)","required":["type","institution","enrolledOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"type":{"type":"string","enum":["vocational-school","apprenticeship"],"description":"培养计划类型 | Programme type","enumDescriptions":["职业院校（含技工院校） | Vocational school (incl. technician college)","企业新型学徒 | Enterprise new-type apprenticeship"]},"institution":{"type":"string","minLength":1,"description":"院校或企业名称 | Institution or enterprise name"},"enrolledOn":{"$ref":"#/$defs/date","description":"招生（入学）日期 | Enrolment date"}}}}};
const schema36 = {"type":"string","pattern":"^[1-9][0-9]{5}$","description":"六位行政区划代码（GB/T 2260），如 330000 浙江省、330100 杭州市 | Six-digit administrative region code (GB/T 2260), e.g. 330000 Zhejiang, 330100 Hangzhou"};
const schema37 = {"type":"string","enum":["hr-department","assessment-center","assessment-station","technician-college","vocational-school","enterprise","social-evaluation-org"],"description":"机构类型 | Organisation type","enumDescriptions":["人力资源社会保障部门 | HR and social security department","职业技能鉴定中心 | Vocational skill assessment centre","职业技能鉴定所（站） | Vocational skill assessment station","技工院校（技师学院） | Technician college","职业院校 | Vocational school","用人单位（企业） | Enterprise (employer)","社会培训评价组织 | Social training-evaluation organisation"]};
const schema39 = {"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"};
const schema44 = {"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"};
const schema45 = {"type":"integer","minimum":1,"maximum":5,"description":"技能等级：5 五级/初级工，4 四级/中级工，3 三级/高级工，2 二级/技师，1 一级/高级技师 | Skill level: 5 junior, 4 intermediate, 3 senior, 2 technician, 1 senior technician","enumDescriptions":["一级/高级技师 | Level 1, senior technician","二级/技师 | Level 2, technician","三级/高级工 | Level 3, senior worker","四级/中级工 | Level 4, intermediate worker","五级/初级工 | Level 5, junior worker"]};
const func0 = cjs(runtime2).default;
const pattern10 = new RegExp("^[1-9][0-9]{5}$", "u");
const schema38 = {"type":"object","description":"职业技能等级认定备案 | Filing (registration) of a skill-level recognition organisation with the HR authority","required":["number","filedOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"number":{"type":"string","minLength":1,"description":"备案编号 | Filing number"},"filedOn":{"$ref":"#/$defs/date","description":"备案日期 | Date of filing"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.filedOn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filedOn"},message:"must have required property '"+"filedOn"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "number") || (key0 === "filedOn")) || (pattern4.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.number,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.number.type,parentSchema:schema38.properties.number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filedOn !== undefined){
let data1 = data.filedOn;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/filedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/filedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","description":"按职业资格证书培养计划招生的职业院校（含技工院校）或企业新型学徒培养计划（80号 §三） | Training programme enrolled for the qualification certificate: vocational school or enterprise apprenticeship (80号 §三)","required":["type","institution","enrolledOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"type":{"type":"string","enum":["vocational-school","apprenticeship"],"description":"培养计划类型 | Programme type","enumDescriptions":["职业院校（含技工院校） | Vocational school (incl. technician college)","企业新型学徒 | Enterprise new-type apprenticeship"]},"institution":{"type":"string","minLength":1,"description":"院校或企业名称 | Institution or enterprise name"},"enrolledOn":{"$ref":"#/$defs/date","description":"招生（入学）日期 | Enrolment date"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.institution === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.enrolledOn === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enrolledOn"},message:"must have required property '"+"enrolledOn"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "institution")) || (key0 === "enrolledOn")) || (pattern4.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.type.type,parentSchema:schema46.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "vocational-school") || (data0 === "apprenticeship"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.type.enum,parentSchema:schema46.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.institution !== undefined){
let data1 = data.institution;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.institution.type,parentSchema:schema46.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.enrolledOn !== undefined){
let data2 = data.enrolledOn;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err8 = {instancePath:instancePath+"/enrolledOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/enrolledOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://qualcat.dev/schemas/plan.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.publishedOn === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publishedOn"},message:"must have required property '"+"publishedOn"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.assessmentDates === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assessmentDates"},message:"must have required property '"+"assessmentDates"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.items === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((func4.call(schema35.properties, key0)) || (pattern4.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.$schema.type,parentSchema:schema35.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.id.type,parentSchema:schema35.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.title.type,parentSchema:schema35.properties.title,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.region !== undefined){
let data3 = data.region;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err10 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/region/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{5}$"},message:"must match pattern \""+"^[1-9][0-9]{5}$"+"\"",schema:"^[1-9][0-9]{5}$",parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.organizer !== undefined){
let data4 = data.organizer;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err12 = {instancePath:instancePath+"/organizer",schemaPath:"#/properties/organizer/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.properties.organizer.required,parentSchema:schema35.properties.organizer,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.type === undefined){
const err13 = {instancePath:instancePath+"/organizer",schemaPath:"#/properties/organizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema35.properties.organizer.required,parentSchema:schema35.properties.organizer,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "name") || (key1 === "type")) || (key1 === "filing")) || (pattern4.test(key1)))){
const err14 = {instancePath:instancePath+"/organizer",schemaPath:"#/properties/organizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.organizer,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/organizer/name",schemaPath:"#/properties/organizer/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.organizer.properties.name,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/organizer/name",schemaPath:"#/properties/organizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.organizer.properties.name.type,parentSchema:schema35.properties.organizer.properties.name,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.type !== undefined){
let data6 = data4.type;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/organizer/type",schemaPath:"#/$defs/organizationType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((((((data6 === "hr-department") || (data6 === "assessment-center")) || (data6 === "assessment-station")) || (data6 === "technician-college")) || (data6 === "vocational-school")) || (data6 === "enterprise")) || (data6 === "social-evaluation-org"))){
const err18 = {instancePath:instancePath+"/organizer/type",schemaPath:"#/$defs/organizationType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.filing !== undefined){
if(!(validate22(data4.filing, {instancePath:instancePath+"/organizer/filing",parentData:data4,parentDataProperty:"filing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/organizer",schemaPath:"#/properties/organizer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.organizer.type,parentSchema:schema35.properties.organizer,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.kind !== undefined){
let data8 = data.kind;
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.kind.type,parentSchema:schema35.properties.kind,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data8 === "qualification-assessment") || (data8 === "skill-level-recognition"))){
const err21 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema35.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.kind.enum,parentSchema:schema35.properties.kind,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.purpose !== undefined){
let data9 = data.purpose;
if(typeof data9 !== "string"){
const err22 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.purpose.type,parentSchema:schema35.properties.purpose,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data9 === "regular") || (data9 === "make-up"))){
const err23 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema35.properties.purpose.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.purpose.enum,parentSchema:schema35.properties.purpose,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.makeUpOf !== undefined){
let data10 = data.makeUpOf;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err24 = {instancePath:instancePath+"/makeUpOf",schemaPath:"#/properties/makeUpOf/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.makeUpOf,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/makeUpOf",schemaPath:"#/properties/makeUpOf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.makeUpOf.type,parentSchema:schema35.properties.makeUpOf,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.publishedOn !== undefined){
let data11 = data.publishedOn;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err26 = {instancePath:instancePath+"/publishedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/publishedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.registration !== undefined){
let data12 = data.registration;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.opensOn === undefined){
const err28 = {instancePath:instancePath+"/registration",schemaPath:"#/properties/registration/required",keyword:"required",params:{missingProperty: "opensOn"},message:"must have required property '"+"opensOn"+"'",schema:schema35.properties.registration.required,parentSchema:schema35.properties.registration,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data12.closesOn === undefined){
const err29 = {instancePath:instancePath+"/registration",schemaPath:"#/properties/registration/required",keyword:"required",params:{missingProperty: "closesOn"},message:"must have required property '"+"closesOn"+"'",schema:schema35.properties.registration.required,parentSchema:schema35.properties.registration,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "opensOn") || (key2 === "closesOn")) || (pattern4.test(key2)))){
const err30 = {instancePath:instancePath+"/registration",schemaPath:"#/properties/registration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.registration,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.opensOn !== undefined){
let data13 = data12.opensOn;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err31 = {instancePath:instancePath+"/registration/opensOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/registration/opensOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.closesOn !== undefined){
let data14 = data12.closesOn;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err33 = {instancePath:instancePath+"/registration/closesOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/registration/closesOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/registration",schemaPath:"#/properties/registration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.registration.type,parentSchema:schema35.properties.registration,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.assessmentDates !== undefined){
let data15 = data.assessmentDates;
if(Array.isArray(data15)){
if(data15.length < 1){
const err36 = {instancePath:instancePath+"/assessmentDates",schemaPath:"#/properties/assessmentDates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.assessmentDates,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err37 = {instancePath:instancePath+"/assessmentDates/" + i0,schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/assessmentDates/" + i0,schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/assessmentDates",schemaPath:"#/properties/assessmentDates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.assessmentDates.type,parentSchema:schema35.properties.assessmentDates,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.platform !== undefined){
let data17 = data.platform;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err40 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.platform,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.platform.type,parentSchema:schema35.properties.platform,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.questionBank !== undefined){
let data18 = data.questionBank;
if(typeof data18 !== "string"){
const err42 = {instancePath:instancePath+"/questionBank",schemaPath:"#/properties/questionBank/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.questionBank.type,parentSchema:schema35.properties.questionBank,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((((data18 === "national") || (data18 === "provincial")) || (data18 === "municipal")) || (data18 === "self-set"))){
const err43 = {instancePath:instancePath+"/questionBank",schemaPath:"#/properties/questionBank/enum",keyword:"enum",params:{allowedValues: schema35.properties.questionBank.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.questionBank.enum,parentSchema:schema35.properties.questionBank,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.items !== undefined){
let data19 = data.items;
if(Array.isArray(data19)){
if(data19.length < 1){
const err44 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.items,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.occupation === undefined){
const err45 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "occupation"},message:"must have required property '"+"occupation"+"'",schema:schema35.properties.items.items.required,parentSchema:schema35.properties.items.items,data:data20};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data20.levels === undefined){
const err46 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema35.properties.items.items.required,parentSchema:schema35.properties.items.items,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data20){
if(!((((key3 === "occupation") || (key3 === "levels")) || (key3 === "candidates")) || (pattern4.test(key3)))){
const err47 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.items.items,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data20.occupation !== undefined){
let data21 = data20.occupation;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err48 = {instancePath:instancePath+"/items/" + i1+"/occupation",schemaPath:"#/$defs/occupationName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/items/" + i1+"/occupation",schemaPath:"#/$defs/occupationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data20.levels !== undefined){
let data22 = data20.levels;
if(Array.isArray(data22)){
if(data22.length < 1){
const err50 = {instancePath:instancePath+"/items/" + i1+"/levels",schemaPath:"#/properties/items/items/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.items.items.properties.levels,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err51 = {instancePath:instancePath+"/items/" + i1+"/levels/" + i2,schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.type,parentSchema:schema45,data:data23};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 5 || isNaN(data23)){
const err52 = {instancePath:instancePath+"/items/" + i1+"/levels/" + i2,schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema45,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err53 = {instancePath:instancePath+"/items/" + i1+"/levels/" + i2,schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
let i3 = data22.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data22[i3], data22[j0])){
const err54 = {instancePath:instancePath+"/items/" + i1+"/levels",schemaPath:"#/properties/items/items/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema35.properties.items.items.properties.levels,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/items/" + i1+"/levels",schemaPath:"#/properties/items/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.items.items.properties.levels.type,parentSchema:schema35.properties.items.items.properties.levels,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data20.candidates !== undefined){
let data24 = data20.candidates;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err56 = {instancePath:instancePath+"/items/" + i1+"/candidates",schemaPath:"#/properties/items/items/properties/candidates/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.items.items.properties.candidates.type,parentSchema:schema35.properties.items.items.properties.candidates,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err57 = {instancePath:instancePath+"/items/" + i1+"/candidates",schemaPath:"#/properties/items/items/properties/candidates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.items.items.properties.candidates,data:data24};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/items/" + i1,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.items.items.type,parentSchema:schema35.properties.items.items,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.items.type,parentSchema:schema35.properties.items,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.trainingProgram !== undefined){
if(!(validate24(data.trainingProgram, {instancePath:instancePath+"/trainingProgram",parentData:data,parentDataProperty:"trainingProgram",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.candidateChoice !== undefined){
let data26 = data.candidateChoice;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.continueOffered === undefined){
const err60 = {instancePath:instancePath+"/candidateChoice",schemaPath:"#/properties/candidateChoice/required",keyword:"required",params:{missingProperty: "continueOffered"},message:"must have required property '"+"continueOffered"+"'",schema:schema35.properties.candidateChoice.required,parentSchema:schema35.properties.candidateChoice,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26.refundOffered === undefined){
const err61 = {instancePath:instancePath+"/candidateChoice",schemaPath:"#/properties/candidateChoice/required",keyword:"required",params:{missingProperty: "refundOffered"},message:"must have required property '"+"refundOffered"+"'",schema:schema35.properties.candidateChoice.required,parentSchema:schema35.properties.candidateChoice,data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key4 in data26){
if(!(((key4 === "continueOffered") || (key4 === "refundOffered")) || (pattern4.test(key4)))){
const err62 = {instancePath:instancePath+"/candidateChoice",schemaPath:"#/properties/candidateChoice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.candidateChoice,data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data26.continueOffered !== undefined){
let data27 = data26.continueOffered;
if(typeof data27 !== "boolean"){
const err63 = {instancePath:instancePath+"/candidateChoice/continueOffered",schemaPath:"#/properties/candidateChoice/properties/continueOffered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.candidateChoice.properties.continueOffered.type,parentSchema:schema35.properties.candidateChoice.properties.continueOffered,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data26.refundOffered !== undefined){
let data28 = data26.refundOffered;
if(typeof data28 !== "boolean"){
const err64 = {instancePath:instancePath+"/candidateChoice/refundOffered",schemaPath:"#/properties/candidateChoice/properties/refundOffered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.candidateChoice.properties.refundOffered.type,parentSchema:schema35.properties.candidateChoice.properties.refundOffered,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/candidateChoice",schemaPath:"#/properties/candidateChoice/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.candidateChoice.type,parentSchema:schema35.properties.candidateChoice,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCertificateSchema = validate26;
const schema48 = {"$comment":"generated from schemas/certificate.schema.json, do not edit, run `pnpm codegen`","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://qualcat.dev/schemas/certificate.schema.json","title":"证书记录 | Certificate record","description":"一条证书记录（文件为 NDJSON、CSV 或 JSON 数组） | One certificate record (files are NDJSON, CSV or a JSON array)","type":"object","required":["type","number","holder","occupation","level","issuer","issuedOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段，不做校验 | Free extension field, not checked"}},"properties":{"type":{"type":"string","enum":["vocational-qualification","skill-level","qualification-proof"],"description":"证书类型 | Certificate type","enumDescriptions":["职业资格证书 | Vocational qualification certificate","职业技能等级证书 | Skill-level certificate","《浙江省技能人员职业资格证书证明》 | Zhejiang qualification certificate proof"]},"number":{"type":"string","minLength":1,"description":"证书编号 | Certificate number"},"holder":{"type":"object","description":"持证人 | Certificate holder","required":["name","idNumber"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"name":{"type":"string","minLength":1,"description":"姓名 | Name"},"idNumber":{"type":"string","minLength":1,"description":"公民身份号码（18位，GB 11643） | Citizen ID number (18 characters, GB 11643)"}}},"occupation":{"$ref":"#/$defs/occupationName","description":"职业（工种）名称 | Occupation name"},"level":{"$ref":"#/$defs/level","description":"等级 | Level"},"issuer":{"type":"object","description":"发证机构 | Issuing organisation","required":["name","type"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"name":{"type":"string","minLength":1,"description":"机构名称 | Issuer name"},"type":{"$ref":"#/$defs/organizationType","description":"机构类型 | Issuer type"}}},"region":{"$ref":"#/$defs/region","description":"发证地区代码 | Region code of the issuing area"},"issuedOn":{"$ref":"#/$defs/date","description":"发证日期 | Date of issue"},"assessedOn":{"$ref":"#/$defs/date","description":"鉴定（认定）日期 | Date of the assessment"},"planId":{"type":"string","minLength":1,"description":"所依据的计划编号 | Id of the plan the certificate was assessed under"},"trainingProgram":{"$ref":"#/$defs/trainingProgram","description":"所依据的证书培养计划 | The training programme the certificate was earned in"},"replaces":{"type":"string","minLength":1,"description":"本证书补发或更正的原证书编号 | Number of the certificate this one re-issues"},"proof":{"type":"object","description":"证明所针对的原职业资格证书（仅 qualification-proof） | The original qualification certificate a proof stands for (qualification-proof only)","required":["certificateNumber","originalIssuedOn","originalIssuer"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"certificateNumber":{"type":"string","minLength":1,"description":"原证书编号 | Original certificate number"},"originalIssuedOn":{"$ref":"#/$defs/date","description":"原证书发证日期 | Original date of issue"},"originalIssuer":{"type":"string","minLength":1,"description":"原证书颁发机构 | Original issuing organisation"},"reason":{"type":"string","enum":["lost","correction"],"description":"出具证明的原因 | Reason for the proof","enumDescriptions":["遗失补办 | Lost certificate","错证信息修改 | Correction of wrong details"]}}}},"if":{"properties":{"type":{"const":"qualification-proof","description":"证明类记录 | A proof record"}},"required":["type"]},"then":{"required":["proof"]},"$defs":{"occupationName":{"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"},"level":{"type":"integer","minimum":1,"maximum":5,"description":"技能等级：5 五级/初级工，4 四级/中级工，3 三级/高级工，2 二级/技师，1 一级/高级技师 | Skill level: 5 junior, 4 intermediate, 3 senior, 2 technician, 1 senior technician","enumDescriptions":["一级/高级技师 | Level 1, senior technician","二级/技师 | Level 2, technician","三级/高级工 | Level 3, senior worker","四级/中级工 | Level 4, intermediate worker","五级/初级工 | Level 5, junior worker"]},"organizationType":{"type":"string","enum":["hr-department","assessment-center","assessment-station","technician-college","vocational-school","enterprise","social-evaluation-org"],"description":"机构类型 | Organisation type","enumDescriptions":["人力资源社会保障部门 | HR and social security department","职业技能鉴定中心 | Vocational skill assessment centre","职业技能鉴定所（站） | Vocational skill assessment station","技工院校（技师学院） | Technician college","职业院校 | Vocational school","用人单位（企业） | Enterprise (employer)","社会培训评价组织 | Social training-evaluation organisation"]},"region":{"type":"string","pattern":"^[1-9][0-9]{5}$","description":"六位行政区划代码（GB/T 2260），如 330000 浙江省、330100 杭州市 | Six-digit administrative region code (GB/T 2260), e.g. 330000 Zhejiang, 330100 Hangzhou"},"date":{"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"},"trainingProgram":{"type":"object","description":"按职业资格证书培养计划招生的职业院校（含技工院校）或企业新型学徒培养计划（80号 §三） | Training programme enrolled for the qualification certificate: vocational school or enterprise apprenticeship (80号 §三)","required":["type","institution","enrolledOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"type":{"type":"string","enum":["vocational-school","apprenticeship"],"description":"培养计划类型 | Programme type","enumDescriptions":["职业院校（含技工院校） | Vocational school (incl. technician college)","企业新型学徒 | Enterprise new-type apprenticeship"]},"institution":{"type":"string","minLength":1,"description":"院校或企业名称 | Institution or enterprise name"},"enrolledOn":{"$ref":"#/$defs/date","description":"招生（入学）日期 | Enrolment date"}}}}};
const schema49 = {"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"};
const schema50 = {"type":"integer","minimum":1,"maximum":5,"description":"技能等级：5 五级/初级工，4 四级/中级工，3 三级/高级工，2 二级/技师，1 一级/高级技师 | Skill level: 5 junior, 4 intermediate, 3 senior, 2 technician, 1 senior technician","enumDescriptions":["一级/高级技师 | Level 1, senior technician","二级/技师 | Level 2, technician","三级/高级工 | Level 3, senior worker","四级/中级工 | Level 4, intermediate worker","五级/初级工 | Level 5, junior worker"]};
const schema51 = {"type":"string","enum":["hr-department","assessment-center","assessment-station","technician-college","vocational-school","enterprise","social-evaluation-org"],"description":"机构类型 | Organisation type","enumDescriptions":["人力资源社会保障部门 | HR and social security department","职业技能鉴定中心 | Vocational skill assessment centre","职业技能鉴定所（站） | Vocational skill assessment station","技工院校（技师学院） | Technician college","职业院校 | Vocational school","用人单位（企业） | Enterprise (employer)","社会培训评价组织 | Social training-evaluation organisation"]};
const schema52 = {"type":"string","pattern":"^[1-9][0-9]{5}$","description":"六位行政区划代码（GB/T 2260），如 330000 浙江省、330100 杭州市 | Six-digit administrative region code (GB/T 2260), e.g. 330000 Zhejiang, 330100 Hangzhou"};
const schema53 = {"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"};
const schema55 = {"type":"object","description":"按职业资格证书培养计划招生的职业院校（含技工院校）或企业新型学徒培养计划（80号 §三） | Training programme enrolled for the qualification certificate: vocational school or enterprise apprenticeship (80号 §三)","required":["type","institution","enrolledOn"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"type":{"type":"string","enum":["vocational-school","apprenticeship"],"description":"培养计划类型 | Programme type","enumDescriptions":["职业院校（含技工院校） | Vocational school (incl. technician college)","企业新型学徒 | Enterprise new-type apprenticeship"]},"institution":{"type":"string","minLength":1,"description":"院校或企业名称 | Institution or enterprise name"},"enrolledOn":{"$ref":"#/$defs/date","description":"招生（入学）日期 | Enrolment date"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.institution === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.enrolledOn === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enrolledOn"},message:"must have required property '"+"enrolledOn"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "institution")) || (key0 === "enrolledOn")) || (pattern4.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.type.type,parentSchema:schema55.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "vocational-school") || (data0 === "apprenticeship"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema55.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.type.enum,parentSchema:schema55.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.institution !== undefined){
let data1 = data.institution;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.institution.type,parentSchema:schema55.properties.institution,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.enrolledOn !== undefined){
let data2 = data.enrolledOn;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err8 = {instancePath:instancePath+"/enrolledOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/enrolledOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://qualcat.dev/schemas/certificate.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid0 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("qualification-proof" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.proof === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "proof"},message:"must have required property '"+"proof"+"'",schema:schema48.then.required,parentSchema:schema48.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema48.if,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.number === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.holder === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holder"},message:"must have required property '"+"holder"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.occupation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occupation"},message:"must have required property '"+"occupation"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.level === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.issuer === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.issuedOn === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuedOn"},message:"must have required property '"+"issuedOn"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!((func4.call(schema48.properties, key0)) || (pattern4.test(key0)))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.type.type,parentSchema:schema48.properties.type,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data1 === "vocational-qualification") || (data1 === "skill-level")) || (data1 === "qualification-proof"))){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema48.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.type.enum,parentSchema:schema48.properties.type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.number !== undefined){
let data2 = data.number;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err14 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.number,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.number.type,parentSchema:schema48.properties.number,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.holder !== undefined){
let data3 = data.holder;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err16 = {instancePath:instancePath+"/holder",schemaPath:"#/properties/holder/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.properties.holder.required,parentSchema:schema48.properties.holder,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.idNumber === undefined){
const err17 = {instancePath:instancePath+"/holder",schemaPath:"#/properties/holder/required",keyword:"required",params:{missingProperty: "idNumber"},message:"must have required property '"+"idNumber"+"'",schema:schema48.properties.holder.required,parentSchema:schema48.properties.holder,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "idNumber")) || (pattern4.test(key1)))){
const err18 = {instancePath:instancePath+"/holder",schemaPath:"#/properties/holder/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.holder,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err19 = {instancePath:instancePath+"/holder/name",schemaPath:"#/properties/holder/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.holder.properties.name,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/holder/name",schemaPath:"#/properties/holder/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.holder.properties.name.type,parentSchema:schema48.properties.holder.properties.name,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.idNumber !== undefined){
let data5 = data3.idNumber;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/holder/idNumber",schemaPath:"#/properties/holder/properties/idNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.holder.properties.idNumber,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/holder/idNumber",schemaPath:"#/properties/holder/properties/idNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.holder.properties.idNumber.type,parentSchema:schema48.properties.holder.properties.idNumber,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/holder",schemaPath:"#/properties/holder/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.holder.type,parentSchema:schema48.properties.holder,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.occupation !== undefined){
let data6 = data.occupation;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err24 = {instancePath:instancePath+"/occupation",schemaPath:"#/$defs/occupationName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/occupation",schemaPath:"#/$defs/occupationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.level !== undefined){
let data7 = data.level;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.type,parentSchema:schema50,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 5 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema50,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.issuer !== undefined){
let data8 = data.issuer;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err29 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.properties.issuer.required,parentSchema:schema48.properties.issuer,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.type === undefined){
const err30 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.properties.issuer.required,parentSchema:schema48.properties.issuer,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "type")) || (pattern4.test(key2)))){
const err31 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.issuer,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err32 = {instancePath:instancePath+"/issuer/name",schemaPath:"#/properties/issuer/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.issuer.properties.name,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/issuer/name",schemaPath:"#/properties/issuer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.issuer.properties.name.type,parentSchema:schema48.properties.issuer.properties.name,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.type !== undefined){
let data10 = data8.type;
if(typeof data10 !== "string"){
const err34 = {instancePath:instancePath+"/issuer/type",schemaPath:"#/$defs/organizationType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((((((data10 === "hr-department") || (data10 === "assessment-center")) || (data10 === "assessment-station")) || (data10 === "technician-college")) || (data10 === "vocational-school")) || (data10 === "enterprise")) || (data10 === "social-evaluation-org"))){
const err35 = {instancePath:instancePath+"/issuer/type",schemaPath:"#/$defs/organizationType/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.issuer.type,parentSchema:schema48.properties.issuer,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.region !== undefined){
let data11 = data.region;
if(typeof data11 === "string"){
if(!pattern10.test(data11)){
const err37 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/region/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{5}$"},message:"must match pattern \""+"^[1-9][0-9]{5}$"+"\"",schema:"^[1-9][0-9]{5}$",parentSchema:schema52,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/region",schemaPath:"#/$defs/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.issuedOn !== undefined){
let data12 = data.issuedOn;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err39 = {instancePath:instancePath+"/issuedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/issuedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.assessedOn !== undefined){
let data13 = data.assessedOn;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err41 = {instancePath:instancePath+"/assessedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema53,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/assessedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.planId !== undefined){
let data14 = data.planId;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err43 = {instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.planId,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.planId.type,parentSchema:schema48.properties.planId,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.trainingProgram !== undefined){
if(!(validate27(data.trainingProgram, {instancePath:instancePath+"/trainingProgram",parentData:data,parentDataProperty:"trainingProgram",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.replaces !== undefined){
let data16 = data.replaces;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err45 = {instancePath:instancePath+"/replaces",schemaPath:"#/properties/replaces/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.replaces,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/replaces",schemaPath:"#/properties/replaces/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.replaces.type,parentSchema:schema48.properties.replaces,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.proof !== undefined){
let data17 = data.proof;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.certificateNumber === undefined){
const err47 = {instancePath:instancePath+"/proof",schemaPath:"#/properties/proof/required",keyword:"required",params:{missingProperty: "certificateNumber"},message:"must have required property '"+"certificateNumber"+"'",schema:schema48.properties.proof.required,parentSchema:schema48.properties.proof,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data17.originalIssuedOn === undefined){
const err48 = {instancePath:instancePath+"/proof",schemaPath:"#/properties/proof/required",keyword:"required",params:{missingProperty: "originalIssuedOn"},message:"must have required property '"+"originalIssuedOn"+"'",schema:schema48.properties.proof.required,parentSchema:schema48.properties.proof,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.originalIssuer === undefined){
const err49 = {instancePath:instancePath+"/proof",schemaPath:"#/properties/proof/required",keyword:"required",params:{missingProperty: "originalIssuer"},message:"must have required property '"+"originalIssuer"+"'",schema:schema48.properties.proof.required,parentSchema:schema48.properties.proof,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data17){
if(!(((((key3 === "certificateNumber") || (key3 === "originalIssuedOn")) || (key3 === "originalIssuer")) || (key3 === "reason")) || (pattern4.test(key3)))){
const err50 = {instancePath:instancePath+"/proof",schemaPath:"#/properties/proof/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.proof,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.certificateNumber !== undefined){
let data18 = data17.certificateNumber;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err51 = {instancePath:instancePath+"/proof/certificateNumber",schemaPath:"#/properties/proof/properties/certificateNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.proof.properties.certificateNumber,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/proof/certificateNumber",schemaPath:"#/properties/proof/properties/certificateNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.proof.properties.certificateNumber.type,parentSchema:schema48.properties.proof.properties.certificateNumber,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.originalIssuedOn !== undefined){
let data19 = data17.originalIssuedOn;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err53 = {instancePath:instancePath+"/proof/originalIssuedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema53,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/proof/originalIssuedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data17.originalIssuer !== undefined){
let data20 = data17.originalIssuer;
if(typeof data20 === "string"){
if(func1(data20) < 1){
const err55 = {instancePath:instancePath+"/proof/originalIssuer",schemaPath:"#/properties/proof/properties/originalIssuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.proof.properties.originalIssuer,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/proof/originalIssuer",schemaPath:"#/properties/proof/properties/originalIssuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.proof.properties.originalIssuer.type,parentSchema:schema48.properties.proof.properties.originalIssuer,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data17.reason !== undefined){
let data21 = data17.reason;
if(typeof data21 !== "string"){
const err57 = {instancePath:instancePath+"/proof/reason",schemaPath:"#/properties/proof/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.proof.properties.reason.type,parentSchema:schema48.properties.proof.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!((data21 === "lost") || (data21 === "correction"))){
const err58 = {instancePath:instancePath+"/proof/reason",schemaPath:"#/properties/proof/properties/reason/enum",keyword:"enum",params:{allowedValues: schema48.properties.proof.properties.reason.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.proof.properties.reason.enum,parentSchema:schema48.properties.proof.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/proof",schemaPath:"#/properties/proof/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.proof.type,parentSchema:schema48.properties.proof,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateConfigSchema = validate29;
const schema58 = {"$comment":"generated from schemas/config.schema.json, do not edit, run `pnpm codegen`","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://qualcat.dev/schemas/config.schema.json","title":"qualcat 配置 | qualcat configuration","description":"qualcat.config.json：目录、插件、规则级别、基准日期与语言 | qualcat.config.json: catalog, plugins, rule severities, as-of date and locale","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"$schema":{"type":"string","description":"本文件所用的 JSON Schema | The JSON Schema this file uses"},"catalog":{"type":"string","minLength":1,"description":"替代内置目录的目录文件路径（相对本配置） | Path of a catalog file replacing the built-in one (relative to this config)"},"plugins":{"type":"array","default":[],"description":"要加载的插件：包名（如 @qualcat/plugin-zhejiang）或相对路径（代码插件或 JSON 清单） | Plugins to load: package names (e.g. @qualcat/plugin-zhejiang) or relative paths (code plugins or JSON manifests)","items":{"type":"string","minLength":1,"description":"插件包名或路径 | Plugin package name or path"}},"rules":{"type":"object","default":{},"description":"按规则编号覆盖级别与选项 | Severity and options by rule id","propertyNames":{"pattern":"^[a-z0-9-]+/[a-z0-9-]+$"},"additionalProperties":{"$ref":"#/$defs/ruleSetting"}},"asOf":{"$ref":"#/$defs/date","description":"依赖“今天”的规则所用的基准日期（默认今天） | The date rules that depend on “today” use (default: today)"},"locale":{"type":"string","enum":["zh-CN","en"],"default":"zh-CN","description":"消息语言 | Message language","enumDescriptions":["简体中文 | Simplified Chinese","英语 | English"]}},"$defs":{"severity":{"type":"string","enum":["off","info","warning","error"],"description":"规则级别 | Rule severity","enumDescriptions":["关闭 | Off","提示 | Info","警告 | Warning","错误 | Error"]},"ruleSetting":{"description":"级别，或 [级别, 选项] | A severity, or [severity, options]","oneOf":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"array","description":"[级别, 选项] | [severity, options]","prefixItems":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"object","description":"规则选项（按该规则的选项 Schema 校验） | Rule options (validated by the rule's own options schema)"}],"minItems":1,"maxItems":2,"items":false}]},"date":{"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"}}};
const schema62 = {"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"};
const pattern24 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
const schema59 = {"description":"级别，或 [级别, 选项] | A severity, or [severity, options]","oneOf":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"array","description":"[级别, 选项] | [severity, options]","prefixItems":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"object","description":"规则选项（按该规则的选项 Schema 校验） | Rule options (validated by the rule's own options schema)"}],"minItems":1,"maxItems":2,"items":false}]};
const schema60 = {"type":"string","enum":["off","info","warning","error"],"description":"规则级别 | Rule severity","enumDescriptions":["关闭 | Off","提示 | Info","警告 | Warning","错误 | Error"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "off") || (data === "info")) || (data === "warning")) || (data === "error"))){
const err1 = {instancePath,schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
if(Array.isArray(data)){
if(data.length > 2){
const err2 = {instancePath,schemaPath:"#/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema59.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.length < 1){
const err3 = {instancePath,schemaPath:"#/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema59.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data.length;
if(len0 > 0){
let data0 = data[0];
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/0",schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))){
const err5 = {instancePath:instancePath+"/0",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(len0 > 1){
let data1 = data[1];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/1",schemaPath:"#/oneOf/1/prefixItems/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.oneOf[1].prefixItems[1].type,parentSchema:schema59.oneOf[1].prefixItems[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
const len1 = data.length;
if(!(len1 <= 2)){
const err7 = {instancePath,schemaPath:"#/oneOf/1/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema59.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.oneOf[1].type,parentSchema:schema59.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var items0 = true;
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.oneOf,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate30.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate30.evaluated = {"dynamicProps":false,"dynamicItems":true};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://qualcat.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "catalog")) || (key0 === "plugins")) || (key0 === "rules")) || (key0 === "asOf")) || (key0 === "locale")) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.$schema.type,parentSchema:schema58.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.catalog !== undefined){
let data1 = data.catalog;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err2 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.catalog,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.catalog.type,parentSchema:schema58.properties.catalog,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.plugins !== undefined){
let data2 = data.plugins;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err4 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.plugins.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.plugins.items.type,parentSchema:schema58.properties.plugins.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.plugins.type,parentSchema:schema58.properties.plugins,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rules !== undefined){
let data4 = data.rules;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs13 = errors;
if(typeof key1 === "string"){
if(!pattern24.test(key1)){
const err7 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+/[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+/[a-z0-9-]+$",parentSchema:schema58.properties.rules.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
const err8 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema58.properties.rules.propertyNames,parentSchema:schema58.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate30(data4[key2], {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.rules.type,parentSchema:schema58.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.asOf !== undefined){
let data6 = data.asOf;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err10 = {instancePath:instancePath+"/asOf",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema62,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/asOf",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.locale !== undefined){
let data7 = data.locale;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.locale.type,parentSchema:schema58.properties.locale,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data7 === "zh-CN") || (data7 === "en"))){
const err13 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/enum",keyword:"enum",params:{allowedValues: schema58.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.locale.enum,parentSchema:schema58.properties.locale,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validatePluginSchema = validate32;
const schema63 = {"$comment":"generated from schemas/plugin.schema.json, do not edit, run `pnpm codegen`","$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://qualcat.dev/schemas/plugin.schema.json","title":"qualcat 数据插件清单 | qualcat data-plugin manifest","description":"只含数据、不含代码的省级插件：规则覆盖、目录补丁、设置与消息；可在任何环境安全加载 | A provincial plugin made of data only: rule overrides, catalog patches, settings and messages; safe to load anywhere","type":"object","required":["id"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"扩展字段 | Extension field"}},"properties":{"$schema":{"type":"string","description":"本文件所用的 JSON Schema | The JSON Schema this file uses"},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"插件编号，亦为其规则的命名空间，如 zhejiang | Plugin id, also the namespace of its rules, e.g. zhejiang"},"title":{"type":"string","description":"插件名称 | Plugin title"},"source":{"type":"object","description":"插件依据的文件 | Document the plugin implements","required":["document"],"additionalProperties":false,"properties":{"document":{"type":"string","minLength":1,"description":"文号 | Document number"},"issuedOn":{"$ref":"#/$defs/date","description":"印发日期 | Date issued"}}},"appliesTo":{"type":"object","description":"插件规则适用的文档范围 | Which documents the plugin's rules apply to","additionalProperties":false,"properties":{"regions":{"type":"array","description":"地区代码前缀，如 [\"33\"] 表示浙江省全境 | Region code prefixes, e.g. [\"33\"] for all of Zhejiang","items":{"type":"string","pattern":"^[0-9]{2,6}$","description":"地区代码前缀 | Region code prefix"}}}},"overrides":{"type":"object","description":"按规则编号覆盖级别与选项；未知编号是配置错误 | Severity and options by rule id; an unknown id is a config error","propertyNames":{"pattern":"^[a-z0-9-]+/[a-z0-9-]+$"},"additionalProperties":{"$ref":"#/$defs/ruleSetting"}},"catalog":{"type":"array","description":"目录补丁：增加或修改职业 | Catalog patches: add or amend occupations","items":{"$ref":"#/$defs/catalogPatch"}},"settings":{"type":"object","description":"插件设置（如平台名称、举报电话） | Plugin settings (e.g. platform name, complaint hotlines)"},"messages":{"type":"object","description":"按 规则编号 → 消息编号 → 语言 覆盖消息文本 | Message text overrides by rule id → message id → locale","additionalProperties":{"type":"object","description":"一条规则的消息 | Messages of one rule","additionalProperties":{"type":"object","description":"一条消息的各语言文本 | One message in each locale","additionalProperties":false,"properties":{"zh-CN":{"type":"string","description":"简体中文 | Simplified Chinese"},"en":{"type":"string","description":"英语 | English"}}}}}},"$defs":{"catalogPatch":{"type":"object","description":"一条目录补丁 | One catalog patch","required":["op","occupation"],"additionalProperties":false,"properties":{"op":{"type":"string","enum":["add","amend","remove"],"description":"操作 | Operation","enumDescriptions":["增加职业 | Add an occupation","修改职业的类别、批次或部门 | Amend category, batch or departments","从目录删除职业 | Remove an occupation"]},"occupation":{"$ref":"#/$defs/occupationName","description":"职业名称 | Occupation name"},"group":{"type":"object","description":"新增职业所属的职业资格（op=add） | Qualification group of an added occupation (op=add)","required":["name"],"additionalProperties":false,"properties":{"no":{"type":"integer","minimum":1,"description":"序号 | Number"},"name":{"type":"string","minLength":1,"description":"名称 | Name"}}},"category":{"type":"string","enum":["level-evaluation","access"],"description":"职业资格类别 | Qualification category","enumDescriptions":["水平评价类 | Level-evaluation","准入类 | Access-type"]},"exit":{"description":"退出批次；准入类为 null | Exit batch; null for access-type","oneOf":[{"type":"object","description":"退出批次 | Exit batch","required":["batch"],"additionalProperties":false,"properties":{"batch":{"type":"integer","enum":[1,2],"description":"批次 | Batch","enumDescriptions":["第一批 | Batch 1","第二批 | Batch 2"]}}},{"type":"null","description":"不退出 | Does not exit"}]},"departments":{"type":"array","description":"实施部门 | Implementing departments","items":{"type":"string","description":"部门 | Department"}},"reason":{"type":"string","description":"补丁依据，如 浙人社办发〔2020〕27号 §一 | Basis of the patch, e.g. 27号 §一"}}},"date":{"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"},"ruleSetting":{"description":"级别，或 [级别, 选项] | A severity, or [severity, options]","oneOf":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"array","description":"[级别, 选项] | [severity, options]","prefixItems":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"object","description":"规则选项（按该规则的选项 Schema 校验） | Rule options (validated by the rule's own options schema)"}],"minItems":1,"maxItems":2,"items":false}]},"occupationName":{"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"},"severity":{"type":"string","enum":["off","info","warning","error"],"description":"规则级别 | Rule severity","enumDescriptions":["关闭 | Off","提示 | Info","警告 | Warning","错误 | Error"]}}};
const schema64 = {"type":"string","format":"date","description":"日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)"};
const pattern26 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern27 = new RegExp("^[0-9]{2,6}$", "u");
const schema65 = {"description":"级别，或 [级别, 选项] | A severity, or [severity, options]","oneOf":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"array","description":"[级别, 选项] | [severity, options]","prefixItems":[{"$ref":"#/$defs/severity","description":"规则级别 | Rule severity"},{"type":"object","description":"规则选项（按该规则的选项 Schema 校验） | Rule options (validated by the rule's own options schema)"}],"minItems":1,"maxItems":2,"items":false}]};
const schema66 = {"type":"string","enum":["off","info","warning","error"],"description":"规则级别 | Rule severity","enumDescriptions":["关闭 | Off","提示 | Info","警告 | Warning","错误 | Error"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "off") || (data === "info")) || (data === "warning")) || (data === "error"))){
const err1 = {instancePath,schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
if(Array.isArray(data)){
if(data.length > 2){
const err2 = {instancePath,schemaPath:"#/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema65.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.length < 1){
const err3 = {instancePath,schemaPath:"#/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema65.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data.length;
if(len0 > 0){
let data0 = data[0];
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/0",schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))){
const err5 = {instancePath:instancePath+"/0",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(len0 > 1){
let data1 = data[1];
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/1",schemaPath:"#/oneOf/1/prefixItems/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.oneOf[1].prefixItems[1].type,parentSchema:schema65.oneOf[1].prefixItems[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
const len1 = data.length;
if(!(len1 <= 2)){
const err7 = {instancePath,schemaPath:"#/oneOf/1/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema65.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.oneOf[1].type,parentSchema:schema65.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var items0 = true;
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema65.oneOf,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate33.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":false,"dynamicItems":true};

const schema68 = {"type":"object","description":"一条目录补丁 | One catalog patch","required":["op","occupation"],"additionalProperties":false,"properties":{"op":{"type":"string","enum":["add","amend","remove"],"description":"操作 | Operation","enumDescriptions":["增加职业 | Add an occupation","修改职业的类别、批次或部门 | Amend category, batch or departments","从目录删除职业 | Remove an occupation"]},"occupation":{"$ref":"#/$defs/occupationName","description":"职业名称 | Occupation name"},"group":{"type":"object","description":"新增职业所属的职业资格（op=add） | Qualification group of an added occupation (op=add)","required":["name"],"additionalProperties":false,"properties":{"no":{"type":"integer","minimum":1,"description":"序号 | Number"},"name":{"type":"string","minLength":1,"description":"名称 | Name"}}},"category":{"type":"string","enum":["level-evaluation","access"],"description":"职业资格类别 | Qualification category","enumDescriptions":["水平评价类 | Level-evaluation","准入类 | Access-type"]},"exit":{"description":"退出批次；准入类为 null | Exit batch; null for access-type","oneOf":[{"type":"object","description":"退出批次 | Exit batch","required":["batch"],"additionalProperties":false,"properties":{"batch":{"type":"integer","enum":[1,2],"description":"批次 | Batch","enumDescriptions":["第一批 | Batch 1","第二批 | Batch 2"]}}},{"type":"null","description":"不退出 | Does not exit"}]},"departments":{"type":"array","description":"实施部门 | Implementing departments","items":{"type":"string","description":"部门 | Department"}},"reason":{"type":"string","description":"补丁依据，如 浙人社办发〔2020〕27号 §一 | Basis of the patch, e.g. 27号 §一"}}};
const schema69 = {"type":"string","minLength":1,"description":"职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.occupation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occupation"},message:"must have required property '"+"occupation"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "op") || (key0 === "occupation")) || (key0 === "group")) || (key0 === "category")) || (key0 === "exit")) || (key0 === "departments")) || (key0 === "reason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
let data0 = data.op;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.op.type,parentSchema:schema68.properties.op,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data0 === "add") || (data0 === "amend")) || (data0 === "remove"))){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema68.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.op.enum,parentSchema:schema68.properties.op,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.occupation !== undefined){
let data1 = data.occupation;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/occupation",schemaPath:"#/$defs/occupationName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/occupation",schemaPath:"#/$defs/occupationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.group !== undefined){
let data2 = data.group;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.properties.group.required,parentSchema:schema68.properties.group,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "no") || (key1 === "name"))){
const err8 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.group,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.no !== undefined){
let data3 = data2.no;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/group/no",schemaPath:"#/properties/group/properties/no/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.group.properties.no.type,parentSchema:schema68.properties.group.properties.no,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/group/no",schemaPath:"#/properties/group/properties/no/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.group.properties.no,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/group/name",schemaPath:"#/properties/group/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.group.properties.name,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/group/name",schemaPath:"#/properties/group/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.group.properties.name.type,parentSchema:schema68.properties.group.properties.name,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.group.type,parentSchema:schema68.properties.group,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.category !== undefined){
let data5 = data.category;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.category.type,parentSchema:schema68.properties.category,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data5 === "level-evaluation") || (data5 === "access"))){
const err15 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema68.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.category.enum,parentSchema:schema68.properties.category,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.exit !== undefined){
let data6 = data.exit;
const _errs19 = errors;
let valid3 = false;
let passing0 = null;
const _errs20 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.batch === undefined){
const err16 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/oneOf/0/required",keyword:"required",params:{missingProperty: "batch"},message:"must have required property '"+"batch"+"'",schema:schema68.properties.exit.oneOf[0].required,parentSchema:schema68.properties.exit.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data6){
if(!(key2 === "batch")){
const err17 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.exit.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.batch !== undefined){
let data7 = data6.batch;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/exit/batch",schemaPath:"#/properties/exit/oneOf/0/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.exit.oneOf[0].properties.batch.type,parentSchema:schema68.properties.exit.oneOf[0].properties.batch,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data7 === 1) || (data7 === 2))){
const err19 = {instancePath:instancePath+"/exit/batch",schemaPath:"#/properties/exit/oneOf/0/properties/batch/enum",keyword:"enum",params:{allowedValues: schema68.properties.exit.oneOf[0].properties.batch.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.exit.oneOf[0].properties.batch.enum,parentSchema:schema68.properties.exit.oneOf[0].properties.batch,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.exit.oneOf[0].type,parentSchema:schema68.properties.exit.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs26 = errors;
if(data6 !== null){
const err21 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema68.properties.exit.oneOf[1].type,parentSchema:schema68.properties.exit.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err22 = {instancePath:instancePath+"/exit",schemaPath:"#/properties/exit/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema68.properties.exit.oneOf,parentSchema:schema68.properties.exit,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.departments !== undefined){
let data8 = data.departments;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err23 = {instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.departments.items.type,parentSchema:schema68.properties.departments.items,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.departments.type,parentSchema:schema68.properties.departments,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.reason !== undefined){
let data10 = data.reason;
if(typeof data10 !== "string"){
const err25 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.reason.type,parentSchema:schema68.properties.reason,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://qualcat.dev/schemas/plugin.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((func4.call(schema63.properties, key0)) || (pattern4.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.$schema.type,parentSchema:schema63.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern26.test(data1)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema63.properties.id,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.id.type,parentSchema:schema63.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.title.type,parentSchema:schema63.properties.title,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.document === undefined){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema63.properties.source.required,parentSchema:schema63.properties.source,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "document") || (key1 === "issuedOn"))){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.source,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.document !== undefined){
let data4 = data3.document;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err8 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.source.properties.document,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/source/document",schemaPath:"#/properties/source/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.source.properties.document.type,parentSchema:schema63.properties.source.properties.document,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.issuedOn !== undefined){
let data5 = data3.issuedOn;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err10 = {instancePath:instancePath+"/source/issuedOn",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema64,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/source/issuedOn",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.source.type,parentSchema:schema63.properties.source,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.appliesTo !== undefined){
let data6 = data.appliesTo;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!(key2 === "regions")){
const err13 = {instancePath:instancePath+"/appliesTo",schemaPath:"#/properties/appliesTo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.appliesTo,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.regions !== undefined){
let data7 = data6.regions;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern27.test(data8)){
const err14 = {instancePath:instancePath+"/appliesTo/regions/" + i0,schemaPath:"#/properties/appliesTo/properties/regions/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,6}$"},message:"must match pattern \""+"^[0-9]{2,6}$"+"\"",schema:"^[0-9]{2,6}$",parentSchema:schema63.properties.appliesTo.properties.regions.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/appliesTo/regions/" + i0,schemaPath:"#/properties/appliesTo/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.appliesTo.properties.regions.items.type,parentSchema:schema63.properties.appliesTo.properties.regions.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/appliesTo/regions",schemaPath:"#/properties/appliesTo/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.appliesTo.properties.regions.type,parentSchema:schema63.properties.appliesTo.properties.regions,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/appliesTo",schemaPath:"#/properties/appliesTo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.appliesTo.type,parentSchema:schema63.properties.appliesTo,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.overrides !== undefined){
let data9 = data.overrides;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
const _errs26 = errors;
if(typeof key3 === "string"){
if(!pattern24.test(key3)){
const err18 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+/[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+/[a-z0-9-]+$"+"\"",schema:"^[a-z0-9-]+/[a-z0-9-]+$",parentSchema:schema63.properties.overrides.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid6 = _errs26 === errors;
if(!valid6){
const err19 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema63.properties.overrides.propertyNames,parentSchema:schema63.properties.overrides,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key4 in data9){
if(!(validate33(data9[key4], {instancePath:instancePath+"/overrides/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.overrides.type,parentSchema:schema63.properties.overrides,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.catalog !== undefined){
let data11 = data.catalog;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate35(data11[i1], {instancePath:instancePath+"/catalog/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.catalog.type,parentSchema:schema63.properties.catalog,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.settings !== undefined){
let data13 = data.settings;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err22 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.settings.type,parentSchema:schema63.properties.settings,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.messages !== undefined){
let data14 = data.messages;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
let data15 = data14[key5];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
let data16 = data15[key6];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key7 in data16){
if(!((key7 === "zh-CN") || (key7 === "en"))){
const err23 = {instancePath:instancePath+"/messages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/messages/additionalProperties/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.messages.additionalProperties.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16["zh-CN"] !== undefined){
let data17 = data16["zh-CN"];
if(typeof data17 !== "string"){
const err24 = {instancePath:instancePath+"/messages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/zh-CN",schemaPath:"#/properties/messages/additionalProperties/additionalProperties/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.messages.additionalProperties.additionalProperties.properties["zh-CN"].type,parentSchema:schema63.properties.messages.additionalProperties.additionalProperties.properties["zh-CN"],data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.en !== undefined){
let data18 = data16.en;
if(typeof data18 !== "string"){
const err25 = {instancePath:instancePath+"/messages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/en",schemaPath:"#/properties/messages/additionalProperties/additionalProperties/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.messages.additionalProperties.additionalProperties.properties.en.type,parentSchema:schema63.properties.messages.additionalProperties.additionalProperties.properties.en,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/messages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/messages/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.messages.additionalProperties.additionalProperties.type,parentSchema:schema63.properties.messages.additionalProperties.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/messages/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/messages/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.messages.additionalProperties.type,parentSchema:schema63.properties.messages.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.messages.type,parentSchema:schema63.properties.messages,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

