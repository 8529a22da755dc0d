<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>Printed on every proposal&apos;s cover: clients and regulators expect your licence number.</source>
        <translation>印在每份计划书的封面：客户与主管机关都要看到您的执业证编号。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Grace Lin</source>
        <translation>例：Grace Lin</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 林佳恩</source>
        <translation>例：林佳恩</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>执业证编号(&amp;L)：</translation>
    </message>
    <message>
        <source>As on your registration certificate</source>
        <translation>与执业证上相同</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 0912-345-678</source>
        <translation>例：0912-345-678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>The insurer or agency you represent</source>
        <translation>您所代表的保险公司或经纪代理公司</translation>
    </message>
    <message>
        <source>A proposal cannot be printed without it</source>
        <translation>没有这项资料就无法打印计划书</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your details could not be read from the book.</source>
        <translation>无法从客户库读取您的资料。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <source>Needs assumptions</source>
        <translation>需求分析假设</translation>
    </message>
    <message>
        <source>Mortgage still owed:</source>
        <translation>尚欠房贷：</translation>
    </message>
    <message>
        <source>Other debts:</source>
        <translation>其他负债：</translation>
    </message>
    <message>
        <source>Car and personal loans, cards</source>
        <translation>车贷、信贷、信用卡</translation>
    </message>
    <message>
        <source>Savings the family could use:</source>
        <translation>家庭可动用的存款：</translation>
    </message>
    <message>
        <source>Cash and investments that would be there if an earner died; they reduce the death need</source>
        <translation>经济支柱身故时仍在的现金与投资；可抵减身故保障需求</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>If an earner dies</source>
        <translation>经济支柱身故时</translation>
    </message>
    <message>
        <source>Income the family still needs:</source>
        <translation>家庭仍需的收入：</translation>
    </message>
    <message>
        <source>% of the earner&apos;s income</source>
        <translation>% 的经济支柱收入</translation>
    </message>
    <message>
        <source>Children depend on the family until age:</source>
        <translation>子女需扶养至：</translation>
    </message>
    <message>
        <source>Fewest years of income for a spouse or parent:</source>
        <translation>配偶或父母至少需要的收入年数：</translation>
    </message>
    <message>
        <source>For a spouse or parent without income, when no child needs longer</source>
        <translation>适用于无收入的配偶或父母，且没有子女需要更久的扶养时</translation>
    </message>
    <message>
        <source>Education fund per child:</source>
        <translation>每位子女教育金：</translation>
    </message>
    <message>
        <source>Funeral and estate costs per person:</source>
        <translation>每人丧葬与遗产费用：</translation>
    </message>
    <message>
        <source>Illness and accident</source>
        <translation>疾病与意外</translation>
    </message>
    <message>
        <source>Income to replace during a critical illness:</source>
        <translation>重大疾病期间需补足的收入：</translation>
    </message>
    <message>
        <source>Critical illness cover without income:</source>
        <translation>无收入者的重大疾病保额：</translation>
    </message>
    <message>
        <source>Hospital limit per person per year:</source>
        <translation>每人每年住院医疗限额：</translation>
    </message>
    <message>
        <source>Accident cover for earners:</source>
        <translation>有收入者的意外保额：</translation>
    </message>
    <message>
        <source>× yearly income</source>
        <translation>× 年收入</translation>
    </message>
    <message>
        <source>Accident cover without income:</source>
        <translation>无收入者的意外保额：</translation>
    </message>
    <message>
        <source>Children under 18 get half of this</source>
        <translation>未满 18 岁的子女为此金额的一半</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Retirement age:</source>
        <translation>退休年龄：</translation>
    </message>
    <message>
        <source>Life expectancy:</source>
        <translation>预期寿命：</translation>
    </message>
    <message>
        <source>years of age</source>
        <translation>岁</translation>
    </message>
    <message>
        <source>Income wanted in retirement:</source>
        <translation>退休后希望的收入：</translation>
    </message>
    <message>
        <source>% of today&apos;s income</source>
        <translation>% 的目前收入</translation>
    </message>
    <message>
        <source>Expected pension a year:</source>
        <translation>预计每年退休金：</translation>
    </message>
    <message>
        <source>Yearly, from the retirement age on</source>
        <translation>每年，自退休年龄起</translation>
    </message>
    <message>
        <source>Saved for retirement so far:</source>
        <translation>目前已备的退休金：</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Retirement money per person</source>
        <translation>每人退休资金</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Put the method&apos;s standard figures back; the household&apos;s debts and savings and each person&apos;s money stay as they are</source>
        <translation>恢复计算方法的标准数值；家庭的负债与存款及每个人的资金维持不变</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>不能是负数。</translation>
    </message>
    <message>
        <source>A percentage is at most 100.</source>
        <translation>百分比最多为 100。</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 1,200,000.</source>
        <translation>请输入金额，例：1,200,000。</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100, e.g. 70.</source>
        <translation>请输入 0 到 100 的百分比，例：70。</translation>
    </message>
    <message>
        <source>Type a whole number, e.g. 65.</source>
        <translation>请输入整数，例：65。</translation>
    </message>
    <message>
        <source>The retirement age must be below the life expectancy.</source>
        <translation>退休年龄必须小于预期寿命。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>变更…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep backups for:</source>
        <translation>备份保留：</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>还原…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>从文件还原…</translation>
    </message>
    <message>
        <source>Backups of your book</source>
        <translation>客户库的备份</translation>
    </message>
    <message>
        <source>A copy of the book is taken every day and before every upgrade. Restoring one replaces the book; the book it replaces is backed up first.</source>
        <translation>每天及每次升级前都会备份客户库。还原备份会取代目前的客户库；被取代的客户库会先备份。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>还原前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>备份中…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>Agent Desk books (*.sqlite3);;All files (*)</source>
        <translation>Agent Desk 客户库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要还原这个备份吗？</translation>
    </message>
    <message>
        <source>Replace your book with %1? It holds %2 clients.</source>
        <translation>要以 %1 取代您的客户库吗？其中有 %2 位客户。</translation>
    </message>
    <message>
        <source>Agent Desk closes the book, backs it up, restores the backup and opens it again. Changes made since the backup are in the copy of the current book; what was synced comes back from the office.</source>
        <translation>Agent Desk 会关闭客户库、先备份、还原备份后再重新打开。备份之后的变更保存在目前客户库的备份中；已同步的资料会从总公司取回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>BirthdayModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>满岁数</translation>
    </message>
    <message>
        <source>Greeting in</source>
        <translation>祝福语言</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel follow-up</source>
        <translation>取消跟进事项</translation>
    </message>
    <message>
        <source>It leaves your list and does not come back. You can undo this right after.</source>
        <translation>它会从列表移除且不再出现。取消后可立即撤销。</translation>
    </message>
    <message>
        <source>e.g. Client moved abroad</source>
        <translation>例：客户移居海外</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>Insured person</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>保障项目</translation>
    </message>
    <message>
        <source>Eligible only</source>
        <translation>只显示可投保</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>加入规划</translation>
    </message>
    <message>
        <source>Add the chosen product for the chosen person (Enter)</source>
        <translation>为所选的人加入所选产品（Enter）</translation>
    </message>
    <message>
        <source>Rider</source>
        <translation>附加险</translation>
    </message>
    <message>
        <source>Add rider</source>
        <translation>加入附加险</translation>
    </message>
    <message>
        <source>Attach the rider to the product selected in the plan</source>
        <translation>将附加险附加到规划中所选的产品</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>All benefits</source>
        <translation>所有保障项目</translation>
    </message>
    <message>
        <source>Select a product in the plan for its riders</source>
        <translation>在规划中选一项产品以查看其附加险</translation>
    </message>
    <message>
        <source>from {0} a year</source>
        <translation>每年 {0} 起</translation>
    </message>
    <message>
        <source>Not eligible: {0}</source>
        <translation>不可投保：{0}</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>Report claim…</source>
        <translation>申报理赔…</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Undo last step</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <source>Take back the latest step, e.g. one clicked by mistake</source>
        <translation>撤回最近一个步骤，例如误按的步骤</translation>
    </message>
    <message>
        <source>No claims. Report one when the client has an incident to claim for.</source>
        <translation>没有理赔。客户发生保险事故时请在此申报。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Open claims: days in the current stage. Closed claims: days from the report to the last step.</source>
        <translation>处理中的理赔：目前阶段的天数。已结案的理赔：从申报到最后一个步骤的天数。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>申报日</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>给付金额</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tick a document when the client hands it in</source>
        <translation>客户交件后请勾选材料</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>添加材料…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Claims: %1  ·  open: %2  ·  stalled: %3</source>
        <translation>理赔：%1  ·  处理中：%2  ·  停滞：%3</translation>
    </message>
    <message>
        <source>%1 claim on %2 · %3</source>
        <translation>%2 · %3 的%1理赔</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
    <message>
        <source>Documents (%1 missing)</source>
        <translation>材料（缺 %1 份）</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>事故日：%1</translation>
    </message>
    <message>
        <source>Claim no. %1</source>
        <translation>理赔编号 %1</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>申请金额：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>给付金额：%1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（选填）</translation>
    </message>
    <message>
        <source>%1 — received %2</source>
        <translation>%1 — %2 收件</translation>
    </message>
    <message>
        <source>Report a claim</source>
        <translation>申报理赔</translation>
    </message>
    <message>
        <source>This client has no issued policy to claim on.</source>
        <translation>此客户没有已生效的保单可申报理赔。</translation>
    </message>
    <message>
        <source>Take back the step “%1” of %2?</source>
        <translation>要撤回 %2 的步骤“%1”吗？</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Document the insurer asks for:</source>
        <translation>保险公司要求的材料：</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理赔</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>A .csv or .vcf file</source>
        <translation>.csv 或 .vcf 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各列的内容</translation>
    </message>
    <message>
        <source>Contacts from a vCard file: names, phones, e-mails, birthdays, addresses, job titles and notes are read as the card has them.</source>
        <translation>vCard 文件中的联系人：姓名、电话、电子邮件、生日、地址、职称与备注会照名片上的内容读取。</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors or likely duplicates</source>
        <translation>只显示有错误或可能重复的行(&amp;E)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Skip likely duplicates</source>
        <translation>跳过可能重复的客户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave out rows with errors and import the rest</source>
        <translation>跳过有错误的行，导入其余的(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Client files (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>客户文件 (*.csv *.vcf *.vcard *.txt);;CSV 文件 (*.csv *.txt);;vCard 文件 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>检测到</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <source>Name (either script)</source>
        <translation>姓名（英文或中文）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>（第 %1 列没有名称）</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>将第 %1 列导入为</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s name.</source>
        <translation>请选择存放客户姓名的列。</translation>
    </message>
    <message>
        <source>Two columns are imported as %1; choose one.</source>
        <translation>有两列都导入为 %1；请选择其中一列。</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with errors, %4 likely duplicates.</source>
        <translation>共 %1 行：%2 行可导入，%3 行有错误，%4 行可能重复。</translation>
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation>导入中：%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Import 1 client</source>
        <translation>导入 1 位客户(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import %1 clients</source>
        <translation>导入 %1 位客户(&amp;I)</translation>
    </message>
    <message>
        <source>Rows with errors are marked in the preview: correct the file, or leave those rows out. Nothing is imported while errors remain.</source>
        <translation>有错误的行已在预览中标记：请修正文件，或跳过这些行。仍有错误时不会导入任何数据。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>导入中…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入；没有写入任何资料。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Prospect</source>
        <translation>准客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>往来中</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>1 live policy</source>
        <translation>1 张有效保单</translation>
    </message>
    <message>
        <source>%1 live policies</source>
        <translation>%1 张有效保单</translation>
    </message>
    <message>
        <source>1 client they referred pays %2 a year, counted at %3: %4.</source>
        <translation>其转介绍的 1 位客户每年缴 %2，以 %3 计入：%4。</translation>
    </message>
    <message>
        <source>%1 clients they referred pay %2 a year, counted at %3: %4.</source>
        <translation>其转介绍的 %1 位客户每年缴 %2，以 %3 计入：%4。</translation>
    </message>
    <message>
        <source>1 client referred by their referrals pays %2 a year, counted at %3: %4.</source>
        <translation>由其转介绍客户再介绍的 1 位客户每年缴 %2，以 %3 计入：%4。</translation>
    </message>
    <message>
        <source>%1 clients referred by their referrals pay %2 a year, counted at %3: %4.</source>
        <translation>由其转介绍客户再介绍的 %1 位客户每年缴 %2，以 %3 计入：%4。</translation>
    </message>
    <message>
        <source>A review every month</source>
        <translation>每月检视一次</translation>
    </message>
    <message>
        <source>A review every %1 months</source>
        <translation>每 %1 个月检视一次</translation>
    </message>
    <message>
        <source>No tier: no live policy and no premium from referrals.</source>
        <translation>未分级：没有有效保单，也没有转介绍的保费。</translation>
    </message>
    <message>
        <source>Value %1 a year (own premium and weighted referrals): tier %2.</source>
        <translation>每年价值 %1（自身保费与加权后的转介绍保费）：%2 级。</translation>
    </message>
    <message>
        <source>Value %1 a year reaches the tier %2 threshold of %3.</source>
        <translation>每年价值 %1，达到 %2 级门槛 %3。</translation>
    </message>
    <message>
        <source>Own premium %1 a year (%2).</source>
        <translation>自身保费每年 %1（%2）。</translation>
    </message>
    <message>
        <source>Loyal client (%1 for %2 years): up from tier %3 to %4.</source>
        <translation>忠诚客户（%1，已 %2 年）：由 %3 级升为 %4 级。</translation>
    </message>
    <message>
        <source>%1 more a year would reach tier %2.</source>
        <translation>每年再多 %1 即可达到 %2 级。</translation>
    </message>
    <message>
        <source>Premiums in %1 are not counted: the tier rules have no exchange rate for them.</source>
        <translation>%1 的保费未计入：等级规则没有这些币种的汇率。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>农历新年</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Policy anniversary</source>
        <translation>保单周年日</translation>
    </message>
    <message>
        <source>%1; no gifts.</source>
        <translation>%1；不送礼。</translation>
    </message>
    <message>
        <source>%1; gifts for %2.</source>
        <translation>%1；%2送礼。</translation>
    </message>
    <message>
        <source>Not computed yet: tiers are computed from premiums, policies, tenure and referrals.</source>
        <translation>尚未计算：等级依保费、保单、往来年资与转介绍计算。</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>宽限期中</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Surrendered</source>
        <translation>已退保</translation>
    </message>
    <message>
        <source>Matured</source>
        <translation>已满期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>%1 per half-year</source>
        <translation>每半年 %1</translation>
    </message>
    <message>
        <source>%1 per quarter</source>
        <translation>每季 %1</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送礼</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ClientListScreen</name>
    <message>
        <source>Search name, phone, e-mail, policy no.…</source>
        <translation>搜索姓名、电话、电子邮件、保单号码…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this client (you can undo it)</source>
        <translation>删除此客户（可以撤销）</translation>
    </message>
    <message>
        <source>Design plan</source>
        <translation>设计规划</translation>
    </message>
    <message>
        <source>Analyse the household&apos;s needs and design a protection plan (Ctrl+P)</source>
        <translation>分析家庭需求并设计保障规划（Ctrl+P）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>保全服务</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>人脉</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>计划书</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>找不到客户</translation>
    </message>
    <message>
        <source>This client is not in the book.</source>
        <translation>此客户不在客户库中。</translation>
    </message>
    <message>
        <source>This client was deleted. Undo the delete to work with them again.</source>
        <translation>此客户已删除。撤销删除即可继续处理。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Type at least a name, then save.</source>
        <translation>至少输入姓名，然后保存。</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Save the client first</source>
        <translation>请先保存客户</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Type a name, phone or e-mail…</source>
        <translation>输入姓名、电话或电子邮件…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>没有符合的客户。</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close request</source>
        <translation>结案申请</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>处理完成申诉</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>结案日：</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>处理完成日：</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理完成</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare alternatives</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Products and riders</source>
        <translation>产品与附加险</translation>
    </message>
    <message>
        <source>Total annual premium</source>
        <translation>年缴保费合计</translation>
    </message>
    <message>
        <source>Paid per year</source>
        <translation>每年缴费</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>预算使用</translation>
    </message>
    <message>
        <source>The most cover of the alternatives</source>
        <translation>各方案中保障最高者</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Book dashboard</source>
        <translation>客户库仪表板</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Annualised premium</source>
        <translation>年化保费</translation>
    </message>
    <message>
        <source>Renewals collected</source>
        <translation>续期保费收取率</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>跟进准时率</translation>
    </message>
    <message>
        <source>Days to claim payment</source>
        <translation>理赔给付天数</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>No policy is paying premiums.</source>
        <translation>没有缴费中的保单。</translation>
    </message>
    <message>
        <source>Clients by tier and stage</source>
        <translation>客户等级与阶段分布</translation>
    </message>
    <message>
        <source>Live clients; each bar is one value tier.</source>
        <translation>现有客户；每一条代表一个价值等级。</translation>
    </message>
    <message>
        <source>Persistency</source>
        <translation>保单继续率</translation>
    </message>
    <message>
        <source>Policies still on the books after 13 and 25 months.</source>
        <translation>第 13 与第 25 个月仍有效的保单。</translation>
    </message>
    <message>
        <source>Annualised premium by tier</source>
        <translation>各等级年化保费</translation>
    </message>
    <message>
        <source>Policies in force or in grace, by the holder&apos;s tier; each currency on its own scale.</source>
        <translation>有效或宽限期中的保单，依投保人等级分组；每种币种各自的刻度。</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>无法加载仪表板：%1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>The book has no clients yet.</source>
        <translation>客户库还没有客户。</translation>
    </message>
    <message>
        <source>%1 active · %2 prospects</source>
        <translation>%1 位往来中 · %2 位准客户</translation>
    </message>
    <message>
        <source>%1 paying policies</source>
        <translation>%1 张缴费中保单</translation>
    </message>
    <message>
        <source>No policy is in force or in grace.</source>
        <translation>没有有效或宽限期中的保单。</translation>
    </message>
    <message>
        <source>%1, all currencies in %2</source>
        <translation>%1，所有币种换算为 %2</translation>
    </message>
    <message>
        <source>%1 at the tier rules&apos; exchange rates, from:</source>
        <translation>%1，依等级规则的汇率换算，来自：</translation>
    </message>
    <message>
        <source>Some currency has no exchange rate in the tier rules, so the amounts are not added up.</source>
        <translation>等级规则缺少某些币种的汇率，因此金额未加总。</translation>
    </message>
    <message>
        <source>Nothing fell due in the last %1 days</source>
        <translation>过去 %1 天没有到期项目</translation>
    </message>
    <message>
        <source>The 13-month figure counts policies issued 13 to 24 months ago, the 25-month one 25 to 36 months ago. Taken from today&apos;s status, as the book keeps no history of it: in force, in grace and matured count as persisting; lapsed, surrendered and terminated do not.</source>
        <translation>13 个月继续率计算 13 到 24 个月前生效的保单，25 个月继续率计算 25 到 36 个月前生效的保单。依今日的状态计算，因为客户库不保留状态历史：有效、宽限期中与已满期视为继续；失效、已退保与已终止则否。</translation>
    </message>
    <message>
        <source>%1 of %2 premiums due in the last %3 days</source>
        <translation>过去 %3 天到期的 %2 笔保费中已收 %1 笔</translation>
    </message>
    <message>
        <source>No renewal premium fell due in the last %1 days.</source>
        <translation>过去 %1 天没有到期的续期保费。</translation>
    </message>
    <message>
        <source>%1 of %2 follow-ups due in the last %3 days</source>
        <translation>过去 %3 天到期的 %2 项跟进中准时完成 %1 项</translation>
    </message>
    <message>
        <source>No follow-up fell due in the last %1 days (open ones due today are not counted yet).</source>
        <translation>过去 %1 天没有到期的跟进事项（今日到期且未完成的尚未计入）。</translation>
    </message>
    <message>
        <source>%1-month</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>policies issued %1 to %2 months ago</source>
        <translation>%1 到 %2 个月前生效的保单</translation>
    </message>
    <message>
        <source>no policies</source>
        <translation>没有保单</translation>
    </message>
    <message>
        <source>No %1, so there is nothing to measure.</source>
        <translation>没有%1，因此无从计算。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>No claim was paid in the last 12 months.</source>
        <translation>过去 12 个月没有已给付的理赔。</translation>
    </message>
    <message>
        <source>No claim paid in the last 12 months</source>
        <translation>过去 12 个月没有理赔给付</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Median of %1 claims paid in the last 12 months</source>
        <translation>过去 12 个月 %1 件已给付理赔的中位数</translation>
    </message>
    <message>
        <source>From the day a claim was reported to the day it was paid: the median of the %1 claims paid in the last %2 days.</source>
        <translation>从理赔申报日到给付日：过去 %2 天内 %1 件已给付理赔的中位数。</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>e.g. Wang Xiaoming</source>
        <translation>例：Wang Xiaoming</translation>
    </message>
    <message>
        <source>e.g. 王小明</source>
        <translation>例：王小明</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The birth date as year-month-day, e.g. 1985-03-27; leave empty when not given.</source>
        <translation>出生日期以 年-月-日 输入，例：1985-03-27；未提供时请留空。</translation>
    </message>
    <message>
        <source>e.g. 0912-345-678</source>
        <translation>例：0912-345-678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>第 %1 类</translation>
    </message>
    <message>
        <source>e.g. 1,200,000</source>
        <translation>例：1,200,000</translation>
    </message>
    <message>
        <source>Smokes</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <source>Agrees to be contacted about offers</source>
        <translation>同意接收营销联系</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>保存变更（%1）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Go back to the details as last saved</source>
        <translation>回到上次保存的资料</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>中文姓名(&amp;L)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>职业与收入</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>Occupation &amp;class:</source>
        <translation>职业类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Annual &amp;income:</source>
        <translation>年收入(&amp;I)：</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>与您的往来</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>介绍人：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Tiers are computed from premiums, policies, tenure and referrals; they cannot be set by hand.</source>
        <translation>等级依保费、保单、往来年资与转介绍计算，无法手动设置。</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, e.g. 1985-03-27.</source>
        <translation>请以 年-月-日 输入日期，例：1985-03-27。</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>e.g. Paid by transfer; will call back Friday</source>
        <translation>例：已转账缴费；周五回电</translation>
    </message>
    <message>
        <source>No contact — just mark it done</source>
        <translation>未联系 — 只标记完成</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>记录为</translation>
    </message>
    <message>
        <source>This task has no client, so nothing is logged on a timeline.</source>
        <translation>此任务没有对应客户，因此不会记入往来记录。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the office</source>
        <translation>向总公司注册</translation>
    </message>
    <message>
        <source>This book is enrolled with %1 as %2. Enrolling again with a new code replaces this computer&apos;s device token; changes waiting here are kept.</source>
        <translation>此客户库已以 %2 的身份向 %1 注册。用新代码重新注册会取代这台电脑的设备令牌；尚待上传的变更会保留。</translation>
    </message>
    <message>
        <source>Connect this book to your office, so your clients are backed up there and reach your other devices. Ask the office for a one-time code: it works once.</source>
        <translation>将此客户库连接到总公司，客户资料就会备份到总公司，并同步到您的其他设备。请向总公司索取一次性代码：只能使用一次。</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>总公司地址(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. http://office:8765</source>
        <translation>例：http://office:8765</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性代码(&amp;C)：</translation>
    </message>
    <message>
        <source>As the office gave it to you</source>
        <translation>照总公司提供的输入</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the office&apos;s address, e.g. http://office:8765.</source>
        <translation>请输入总公司地址，例：http://office:8765。</translation>
    </message>
    <message>
        <source>The address starts with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Enter the one-time code the office gave you.</source>
        <translation>请输入总公司给您的一次性代码。</translation>
    </message>
    <message>
        <source>Contacting the office…</source>
        <translation>正在连接总公司…</translation>
    </message>
    <message>
        <source>Queueing your book for upload: %1 of %2</source>
        <translation>正在排入客户库等待上传：%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2. The device token is kept %3.</source>
        <translation>已以 %2 的身份向 %1 注册。设备令牌保存在%3。</translation>
    </message>
    <message>
        <source>1 record is queued for upload</source>
        <translation>1 条记录等待上传</translation>
    </message>
    <message>
        <source>%1 records are queued for upload</source>
        <translation>%1 条记录等待上传</translation>
    </message>
    <message>
        <source>; the first sync starts now.</source>
        <translation>；第一次同步现在开始。</translation>
    </message>
    <message>
        <source>Changes waiting here go up with the sync that starts now.</source>
        <translation>等待中的变更会随即将开始的同步上传。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot reach an office at %1. Check the address and that you are connected to the office&apos;s network.</source>
        <translation>无法连接到 %1 的总公司。请检查地址，并确认已连上总公司的网络。</translation>
    </message>
    <message>
        <source>%1 answered, but not as an Agent Desk office. Check the address.</source>
        <translation>%1 有响应，但不是 Agent Desk 总公司服务器。请检查地址。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>A CSV file that Excel opens with Chinese intact (UTF-8 with BOM).</source>
        <translation>Excel 打开时中文不会乱码的 CSV 文件（含 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>保单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>跟进事项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>保存为(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存位置。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>Exported 1 client to %2.</source>
        <translation>已导出 1 位客户到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2.</source>
        <translation>已导出 %1 位客户到 %2。</translation>
    </message>
    <message>
        <source>Exported 1 policy to %2.</source>
        <translation>已导出 1 张保单到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 policies to %2.</source>
        <translation>已导出 %1 张保单到 %2。</translation>
    </message>
    <message>
        <source>Exported 1 follow-up to %2.</source>
        <translation>已导出 1 项跟进事项到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 follow-ups to %2.</source>
        <translation>已导出 %1 项跟进事项到 %2。</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Create household</source>
        <translation>创建家庭</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Is their</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Add relation…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <source>No relations recorded.</source>
        <translation>尚未记录任何关系。</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <source>Referred by this client:</source>
        <translation>此客户介绍的人：</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>目前还没有。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Not in a household yet.</source>
        <translation>尚未加入家庭。</translation>
    </message>
    <message>
        <source>Referred by: nobody recorded</source>
        <translation>介绍人：未记录</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>介绍人：</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>加入家庭</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <source>Is %1&apos;s:</source>
        <translation>是 %1 的：</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>covered %1</source>
        <translation>已保障 %1</translation>
    </message>
    <message>
        <source>No needs to show yet.</source>
        <translation>目前没有需求可显示。</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Existing cover</source>
        <translation>现有保障</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>本规划</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <source>Existing cover: %1</source>
        <translation>现有保障：%1</translation>
    </message>
    <message>
        <source>This plan: %1</source>
        <translation>本规划：%1</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>尚缺：%1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import 1 client</source>
        <translation>导入 1 位客户</translation>
    </message>
    <message>
        <source>Import %1 clients</source>
        <translation>导入 %1 位客户</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>Imported 1 client.</source>
        <translation>已导入 1 位客户。</translation>
    </message>
    <message>
        <source>Imported %1 clients.</source>
        <translation>已导入 %1 位客户。</translation>
    </message>
    <message>
        <source>Skipped 1 likely duplicate.</source>
        <translation>已跳过 1 位可能重复的客户。</translation>
    </message>
    <message>
        <source>Skipped %1 likely duplicates.</source>
        <translation>已跳过 %1 位可能重复的客户。</translation>
    </message>
    <message>
        <source>Left out 1 row with errors.</source>
        <translation>已跳过 1 行有错误的数据。</translation>
    </message>
    <message>
        <source>Left out %1 rows with errors.</source>
        <translation>已跳过 %1 行有错误的数据。</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Errors and duplicates</source>
        <translation>错误与重复</translation>
    </message>
    <message>
        <source>Same phone as %1</source>
        <translation>与 %1 电话相同</translation>
    </message>
    <message>
        <source>Same e-mail as %1</source>
        <translation>与 %1 电子邮件相同</translation>
    </message>
    <message>
        <source>Same ID number as %1</source>
        <translation>与 %1 身份证号码相同</translation>
    </message>
    <message>
        <source>%1 (in your book)</source>
        <translation>%1（在您的客户库中）</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>重复？</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保额</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年缴</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>每期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>保障期间</translation>
    </message>
    <message>
        <source>Pay years</source>
        <translation>缴费年期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>缴别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not eligible: {0}</source>
        <translation>不可投保：{0}</translation>
    </message>
    <message>
        <source>on premium</source>
        <translation>依保费</translation>
    </message>
    <message>
        <source>Priced as a share of the base product&apos;s premium</source>
        <translation>以主险保费的比例计价</translation>
    </message>
    <message>
        <source>From {0:,} to {1:,}, in steps of {2:,}</source>
        <translation>从 {0:,} 到 {1:,}，每级 {2:,}</translation>
    </message>
    <message>
        <source>as base</source>
        <translation>同主险</translation>
    </message>
    <message>
        <source>to age {0}</source>
        <translation>至 {0} 岁</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0} 年</translation>
    </message>
    <message>
        <source>whole term</source>
        <translation>全期</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Agent Desk speaks the new language after a restart.</source>
        <translation>Agent Desk 重启后就会使用新的语言。</translation>
    </message>
    <message>
        <source>Restart now? You are asked about unsaved changes first.</source>
        <translation>要现在重启吗？若有未保存的更改会先询问您。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Select a client on the left, or press Ctrl+N to add one.</source>
        <translation>请在左侧选择客户，或按 Ctrl+N 添加客户。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Load product catalog…</source>
        <translation>加载产品目录…</translation>
    </message>
    <message>
        <source>Design plan</source>
        <translation>设计规划</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Export follow-ups to calendar…</source>
        <translation>导出跟进事项到日历…</translation>
    </message>
    <message>
        <source>Tier rules…</source>
        <translation>等级规则…</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的资料…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Enrol with the office…</source>
        <translation>向总公司注册…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>以密码保护…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>客户库(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Today&apos;s backup is at %1</source>
        <translation>今日的备份位于 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Start a new client and lose them?</source>
        <translation>您正在编辑的客户有未保存的更改。要添加客户并放弃这些变更吗？</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Open another client and lose them?</source>
        <translation>您正在编辑的客户有未保存的更改。要打开其他客户并放弃这些变更吗？</translation>
    </message>
    <message>
        <source>The client is back in the list.</source>
        <translation>客户已回到列表中。</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>客户已保存。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deleted %1. Press Ctrl+Z to undo.</source>
        <translation>已删除 %1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日 (%1)</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today</source>
        <translation>%1 项逾期，%2 项今日到期</translation>
    </message>
    <message>
        <source>Sync (%1)</source>
        <translation>同步 (%1)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>当前密码不正确；没有任何变更。</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Close anyway and lose them?</source>
        <translation>您正在编辑的客户有未保存的更改。仍要关闭并放弃这些变更吗？</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>未保存的规划</translation>
    </message>
    <message>
        <source>The plan you are designing is not saved. Close anyway and lose the changes?</source>
        <translation>您正在设计的规划尚未保存。仍要关闭并放弃变更吗？</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Benefit</source>
        <translation>保障项目</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>本规划</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>Needs and gaps</source>
        <translation>需求与缺口</translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation>分析假设…</translation>
    </message>
    <message>
        <source>The figures and rules the needs are worked out with</source>
        <translation>计算需求所用的数值与规则</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>未计入：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>earner</source>
        <translation>经济支柱</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>受扶养者</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Existing: %1 %2</source>
        <translation>现有：%1 %2</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>添加申诉</translation>
    </message>
    <message>
        <source>What the client complains about</source>
        <translation>客户申诉的内容</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>申诉：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保单：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收件日：</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>回复期限：</translation>
    </message>
    <message>
        <source>The office&apos;s usual time to answer a complaint; change it if a rule or a promise to the client says otherwise</source>
        <translation>公司回复申诉的一般期限；若法规或对客户的承诺另有规定，请修改</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>添加保全申请</translation>
    </message>
    <message>
        <source>What the client asks for</source>
        <translation>客户申请的事项</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>申请事项：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保单：</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>受理日：</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>e.g. Send the hospital cash brochure</source>
        <translation>例：寄送住院津贴的产品简介</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>无客户</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Task for which client?</source>
        <translation>这项任务是哪位客户的？</translation>
    </message>
    <message>
        <source>None — a task of your own</source>
        <translation>无 — 您自己的任务</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>申请金额：%1</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Amount paid:</source>
        <translation>给付金额：</translation>
    </message>
    <message>
        <source>Type the amount paid, e.g. 38,200.</source>
        <translation>请输入给付金额，例：38,200。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>以密码保护</translation>
    </message>
    <message>
        <source>Your book and its backups are encrypted on disk: a lost laptop gives nobody your clients&apos; records. Without the passphrase the book cannot be opened, by anyone; keep it somewhere safe.</source>
        <translation>您的客户库及其备份会在磁盘上加密：即使笔记本电脑遗失，也没有人能取得客户资料。没有密码，任何人都无法打开客户库；请妥善保管密码。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在这台电脑记住（存于系统密钥环）</translation>
    </message>
    <message>
        <source>This computer has no secure keyring to keep the key in</source>
        <translation>这台电脑没有可保存密钥的安全密钥环</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Lock after, unused:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters, and no space at either end.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符，且头尾不能有空格。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码不同。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>The document has no pages to print.</source>
        <translation>文件没有可打印的页面。</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Printing stopped after {0} of {1} pages.</source>
        <translation>打印在第 {0} 页（共 {1} 页）后中止。</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Recommended</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>基本方案</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>完整方案</translation>
    </message>
    <message>
        <source>Protection plan</source>
        <translation>保障规划</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>选择客户…</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已存规划</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新规划</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>移除方案</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>e.g. 10,000</source>
        <translation>例：10,000</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <source>Suggest a plan</source>
        <translation>建议规划</translation>
    </message>
    <message>
        <source>Pick products and sums that close the most important gaps within the budget</source>
        <translation>在预算内挑选产品与保额，补足最重要的保障缺口</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected product and its riders (Delete)</source>
        <translation>移除所选产品及其附加险（Delete）</translation>
    </message>
    <message>
        <source>Press Suggest a plan to see the choice explained here.</source>
        <translation>按“建议规划”，这里会说明挑选的理由。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <source>Save every alternative of this plan (Ctrl+S)</source>
        <translation>保存此规划的所有方案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Create pending policies</source>
        <translation>创建待生效保单</translation>
    </message>
    <message>
        <source>Turn an accepted plan&apos;s products into pending policies</source>
        <translation>将已接受规划的产品转为待生效保单</translation>
    </message>
    <message>
        <source>Print proposal…</source>
        <translation>打印计划书…</translation>
    </message>
    <message>
        <source>A PDF proposal of this plan and its alternatives for the client meeting (Ctrl+Shift+P)</source>
        <translation>为客户会面制作此规划及各方案的 PDF 计划书（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} alternative(s)</source>
        <translation>{0} · {1} · {2} 个方案</translation>
    </message>
    <message>
        <source>No saved plan yet</source>
        <translation>尚无已存规划</translation>
    </message>
    <message>
        <source>Choose a client to design a plan for the client&apos;s household.</source>
        <translation>选择客户，为其家庭设计保障规划。</translation>
    </message>
    <message>
        <source>Protection plan for {0}</source>
        <translation>{0} 的保障规划</translation>
    </message>
    <message>
        <source>{0} people in the household · catalog {1} {2} ({3})</source>
        <translation>家庭 {0} 人 · 产品目录 {1} {2}（{3}）</translation>
    </message>
    <message>
        <source>{0} policies not counted as existing cover</source>
        <translation>{0} 张保单未计入现有保障</translation>
    </message>
    <message>
        <source>Save plan *</source>
        <translation>保存规划 *</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>未保存的规划</translation>
    </message>
    <message>
        <source>This plan has changes that are not saved. Discard them?</source>
        <translation>此规划有尚未保存的更改。要放弃吗？</translation>
    </message>
    <message>
        <source>The needs analysis cannot run: {0}</source>
        <translation>无法进行需求分析：{0}</translation>
    </message>
    <message>
        <source>Total {0} a year · paid {1} a year</source>
        <translation>合计每年 {0} · 每年实缴 {1}</translation>
    </message>
    <message>
        <source>{0} not eligible, left out of the totals</source>
        <translation>{0} 项不可投保，未计入合计</translation>
    </message>
    <message>
        <source>Uses {0} of {1} {2} ({3}%)</source>
        <translation>{2}预算 {1}，已用 {0}（{3}%）</translation>
    </message>
    <message>
        <source>The budget must be an amount above zero, e.g. 10,000.</source>
        <translation>预算必须是大于零的金额，例：10,000。</translation>
    </message>
    <message>
        <source>Alternative {0}</source>
        <translation>方案 {0}</translation>
    </message>
    <message>
        <source>Remove the alternative “{0}”?</source>
        <translation>要移除方案“{0}”吗？</translation>
    </message>
    <message>
        <source>Set a budget first: the suggestion fits the plan into it.</source>
        <translation>请先设置预算：建议规划会控制在预算之内。</translation>
    </message>
    <message>
        <source>Replace the products of “{0}” with a suggestion?</source>
        <translation>要以建议取代“{0}”的产品吗？</translation>
    </message>
    <message>
        <source>No suggestion: {0}</source>
        <translation>无法建议：{0}</translation>
    </message>
    <message>
        <source>Add products to the plan before printing its proposal.</source>
        <translation>请先在规划中加入产品，再打印计划书。</translation>
    </message>
    <message>
        <source>Print proposal</source>
        <translation>打印计划书</translation>
    </message>
    <message>
        <source>A proposal prints the saved plan. Save the plan now and print its proposal?</source>
        <translation>计划书会打印已保存的规划。要现在保存规划并打印计划书吗？</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>规划已保存</translation>
    </message>
    <message>
        <source>The plan was not saved: {0}</source>
        <translation>规划未保存：{0}</translation>
    </message>
    <message>
        <source>Save the plan as accepted first; then its products become pending policies.</source>
        <translation>请先将规划保存为已接受；其产品才会转为待生效保单。</translation>
    </message>
    <message>
        <source>Create a pending policy for each product and rider of “{0}”?</source>
        <translation>要为“{0}”的每项产品与附加险创建待生效保单吗？</translation>
    </message>
    <message>
        <source>{0} pending policies created</source>
        <translation>已创建 {0} 张待生效保单</translation>
    </message>
    <message>
        <source>Design a plan for</source>
        <translation>设计规划的对象</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Load product catalog</source>
        <translation>加载产品目录</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>产品目录文件 (*.json)</translation>
    </message>
    <message>
        <source>Catalog {0} {1} loaded: {2} products</source>
        <translation>已加载产品目录 {0} {1}：{2} 项产品</translation>
    </message>
    <message>
        <source>Catalog refused</source>
        <translation>产品目录被拒绝</translation>
    </message>
    <message>
        <source>The catalog was not loaded; the current one stays in use.

{0}</source>
        <translation>产品目录未加载；继续使用目前的目录。

{0}</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年缴</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半年缴</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季缴</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月缴</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>身故</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>重大疾病</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Hospital cash</source>
        <translation>住院津贴</translation>
    </message>
    <message>
        <source>Premium waiver</source>
        <translation>豁免保费</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提案</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Income replacement: %1 a year × %2 × %3 years (until the youngest child is %4) = %5</source>
        <translation>收入替代：每年 %1 × %2 × %3 年（至最小的子女 %4 岁）= %5</translation>
    </message>
    <message>
        <source>Income replacement: %1 a year × %2 × %3 years (the least for a dependant spouse, parent or child of unknown age) = %4</source>
        <translation>收入替代：每年 %1 × %2 × %3 年（受扶养配偶、父母或年龄不详子女的最低年数）= %4</translation>
    </message>
    <message>
        <source>Income replacement: none, nobody depends on this income</source>
        <translation>收入替代：无，没有人依靠这份收入</translation>
    </message>
    <message>
        <source>%1&apos;s age is unknown: their family is counted as needing at least %2 years of income</source>
        <translation>%1 的年龄不详：其家庭以至少需要 %2 年收入计算</translation>
    </message>
    <message>
        <source>Mortgage: %1</source>
        <translation>房贷：%1</translation>
    </message>
    <message>
        <source>Mortgage share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>房贷分摊：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Other debts: %1</source>
        <translation>其他负债：%1</translation>
    </message>
    <message>
        <source>Other debts share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>其他负债分摊：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Children&apos;s education: %1 per child × %2 = %3</source>
        <translation>子女教育金：每位 %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Children&apos;s education share: %1 per child × %2 × %3 (%4 of the household&apos;s %5 income) = %6</source>
        <translation>子女教育金分摊：每位 %1 × %2 × %3（家庭收入 %5 中的 %4）= %6</translation>
    </message>
    <message>
        <source>Less liquid savings: %1</source>
        <translation>减去可动用存款：%1</translation>
    </message>
    <message>
        <source>Less liquid savings share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>减去可动用存款分摊：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Final expenses (funeral and estate): %1</source>
        <translation>身后费用（丧葬与遗产）：%1</translation>
    </message>
    <message>
        <source>Critical illness: %1 a year × %2 years of treatment and recovery = %3</source>
        <translation>重大疾病：每年 %1 × %2 年治疗与康复期 = %3</translation>
    </message>
    <message>
        <source>Critical illness: the standard %1 for someone without income</source>
        <translation>重大疾病：无收入者的标准保额 %1</translation>
    </message>
    <message>
        <source>Medical: a hospital limit of %1 a year</source>
        <translation>医疗：每年住院限额 %1</translation>
    </message>
    <message>
        <source>Accident: %1 a year × %2 = %3</source>
        <translation>意外：每年 %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Accident: half the standard %1 for a child aged %2 = %3</source>
        <translation>意外：%2 岁子女为标准保额 %1 的一半 = %3</translation>
    </message>
    <message>
        <source>Accident: the standard %1 for someone without income</source>
        <translation>意外：无收入者的标准保额 %1</translation>
    </message>
    <message>
        <source>Retirement: %1 a year × %2 = %3 a year for %4 years (age %5 to %6) = %7</source>
        <translation>退休：每年 %1 × %2 = 每年 %3，共 %4 年（%5 岁至 %6 岁）= %7</translation>
    </message>
    <message>
        <source>Retirement: %1 a year × %2 = %3, less a pension of %4, leaves %5 a year for %6 years (age %7 to %8) = %9</source>
        <translation>退休：每年 %1 × %2 = %3，减去退休金 %4，每年尚缺 %5，共 %6 年（%7 岁至 %8 岁）= %9</translation>
    </message>
    <message>
        <source>Retirement: no income to replace</source>
        <translation>退休：没有需要替代的收入</translation>
    </message>
    <message>
        <source>Less retirement savings: %1</source>
        <translation>减去已备退休金：%1</translation>
    </message>
    <message>
        <source>Retirement: not worked out, the birth date is unknown</source>
        <translation>退休：出生日期不详，无法计算</translation>
    </message>
    <message>
        <source>Retirement: not planned before age %1 (now %2)</source>
        <translation>退休：%1 岁前不做规划（目前 %2 岁）</translation>
    </message>
    <message>
        <source>Retirement: already %1, the retirement age is %2</source>
        <translation>退休：已 %1 岁，退休年龄为 %2 岁</translation>
    </message>
    <message>
        <source>Education fund for a child aged %1: %2</source>
        <translation>%1 岁子女的教育金：%2</translation>
    </message>
    <message>
        <source>Education fund for a child: %1</source>
        <translation>子女教育金：%1</translation>
    </message>
    <message>
        <source>Education: only for children who depend on the family</source>
        <translation>教育金：只计入受家庭扶养的子女</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>death cover</source>
        <translation>身故保障</translation>
    </message>
    <message>
        <source>critical illness cover</source>
        <translation>重大疾病保障</translation>
    </message>
    <message>
        <source>medical cover</source>
        <translation>医疗保障</translation>
    </message>
    <message>
        <source>accident cover</source>
        <translation>意外保障</translation>
    </message>
    <message>
        <source>retirement savings</source>
        <translation>退休储蓄</translation>
    </message>
    <message>
        <source>education savings</source>
        <translation>教育储蓄</translation>
    </message>
    <message>
        <source>the budget ran out</source>
        <translation>预算已用完</translation>
    </message>
    <message>
        <source>the product&apos;s largest sum assured was reached</source>
        <translation>已达产品最高保额</translation>
    </message>
    <message>
        <source>no product in the catalog accepts this person for it</source>
        <translation>产品目录中没有可承保此人的产品</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 fully covered with %4 (%5).</source>
        <translation>%1：%2缺口 %3，已由 %4 完全补足（%5）。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 covered %4 with %5; %6 left because %7.</source>
        <translation>%1：%2缺口 %3，由 %5 补足 %4；尚缺 %6，因为%7。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 covered %4 with %5; %6 left.</source>
        <translation>%1：%2缺口 %3，由 %5 补足 %4；尚缺 %6。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 not covered because %4.</source>
        <translation>%1：%2缺口 %3 未补足，因为%4。</translation>
    </message>
    <message>
        <source>rider %1: %2</source>
        <translation>附加险 %1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>product %1 is not in catalog %2</source>
        <translation>产品 %1 不在产品目录 %2 中</translation>
    </message>
    <message>
        <source>the birth date is after the quote date</source>
        <translation>出生日期晚于报价日期</translation>
    </message>
    <message>
        <source>%1 is a base product, not a rider</source>
        <translation>%1 是主险，不是附加险</translation>
    </message>
    <message>
        <source>a sum assured is required</source>
        <translation>必须填写保额</translation>
    </message>
    <message>
        <source>sum assured %1 is below the minimum %2</source>
        <translation>保额 %1 低于最低保额 %2</translation>
    </message>
    <message>
        <source>sum assured %1 is above the maximum %2</source>
        <translation>保额 %1 高于最高保额 %2</translation>
    </message>
    <message>
        <source>sum assured %1 is not %2 plus a multiple of %3</source>
        <translation>保额 %1 不是 %2 加上 %3 的倍数</translation>
    </message>
    <message>
        <source>age %1 plus the base&apos;s term %2 passes the rider&apos;s expiry age %3</source>
        <translation>%1 岁加上主险保障期间 %2 年，超过附加险的期满年龄 %3 岁</translation>
    </message>
    <message>
        <source>age %1 plus term %2 passes the expiry age %3</source>
        <translation>%1 岁加上保障期间 %2 年，超过期满年龄 %3 岁</translation>
    </message>
    <message>
        <source>%1 is priced on the base premium and takes no sum assured</source>
        <translation>%1 依主险保费计价，不需填写保额</translation>
    </message>
    <message>
        <source>age %1 is outside the issue ages %2</source>
        <translation>%1 岁不在投保年龄 %2 岁之内</translation>
    </message>
    <message>
        <source>choose a term: %1</source>
        <translation>请选择保障期间：%1</translation>
    </message>
    <message>
        <source>a term of %1 years is not offered (%2)</source>
        <translation>不提供 %1 年的保障期间（%2）</translation>
    </message>
    <message>
        <source>%1 covers to age %2 and has no term to choose</source>
        <translation>%1 保障至 %2 岁，无法选择保障期间</translation>
    </message>
    <message>
        <source>%1 is paid over its whole term</source>
        <translation>%1 需全期缴费</translation>
    </message>
    <message>
        <source>choose a payment term: %1</source>
        <translation>请选择缴费年期：%1</translation>
    </message>
    <message>
        <source>a payment term of %1 years is not offered (%2)</source>
        <translation>不提供 %1 年的缴费年期（%2）</translation>
    </message>
    <message>
        <source>a payment term of %1 years is longer than the cover</source>
        <translation>%1 年的缴费年期长于保障期间</translation>
    </message>
    <message>
        <source>%1 payment is not offered (%2)</source>
        <translation>不提供%1（%2）</translation>
    </message>
    <message>
        <source>no rate for %1</source>
        <translation>没有适用的费率：%1</translation>
    </message>
    <message>
        <source>%1 is a rider and needs a base product</source>
        <translation>%1 是附加险，需要附加在主险上</translation>
    </message>
    <message>
        <source>%1 does not take the %2 rider</source>
        <translation>%1 不能附加 %2 附加险</translation>
    </message>
    <message>
        <source>the insured person is not in this plan&apos;s household</source>
        <translation>被保险人不在此规划的家庭中</translation>
    </message>
    <message>
        <source>%1&apos;s sex and birth date are needed to price cover</source>
        <translation>需要 %1 的性别与出生日期才能计算保费</translation>
    </message>
    <message>
        <source>sex and birth date are needed</source>
        <translation>需要性别与出生日期</translation>
    </message>
    <message>
        <source>its base product is no longer in the plan</source>
        <translation>其主险已不在规划中</translation>
    </message>
    <message>
        <source>its base product is not eligible</source>
        <translation>其主险不可投保</translation>
    </message>
    <message>
        <source>a rider must insure the same person as its base</source>
        <translation>附加险的被保险人必须与主险相同</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>No policies yet. Policies this client holds or is insured under appear here.</source>
        <translation>还没有保单。此客户担任投保人或被保险人的保单会显示在这里。</translation>
    </message>
    <message>
        <source>Policies: %1  ·  in force: %2</source>
        <translation>保单：%1  ·  有效：%2</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Policy no.</source>
        <translation>保单号码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>投保人</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保额</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次应缴</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A name is required (in either script).</source>
        <translation>必须填写姓名（英文或中文皆可）。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>The birth date is more than 130 years ago.</source>
        <translation>出生日期早于 130 年前。</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides.</source>
        <translation>电话号码为 6 到 15 位数字，此外只能有 + ( ) - . # 或空格。</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>这不是电子邮件地址（name@example.com）。</translation>
    </message>
    <message>
        <source>Income cannot be negative.</source>
        <translation>收入不能是负数。</translation>
    </message>
    <message>
        <source>Occupation class is 1 to 6.</source>
        <translation>职业类别为 1 到 6。</translation>
    </message>
    <message>
        <source>A client cannot be referred, directly or not, by themselves.</source>
        <translation>客户不能直接或间接由自己介绍。</translation>
    </message>
    <message>
        <source>This client already belongs to a household.</source>
        <translation>此客户已属于一个家庭。</translation>
    </message>
    <message>
        <source>This client already belongs to another household.</source>
        <translation>此客户已属于另一个家庭。</translation>
    </message>
    <message>
        <source>A client cannot be related to themselves.</source>
        <translation>客户不能与自己创建关系。</translation>
    </message>
    <message>
        <source>Only a done or cancelled follow-up can be reopened.</source>
        <translation>只有已完成或已取消的跟进事项可以重新打开。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>此跟进事项已结束。</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>请延后到今天之后的日子。</translation>
    </message>
    <message>
        <source>Only an accepted plan becomes policies.</source>
        <translation>只有已接受的规划才能转为保单。</translation>
    </message>
    <message>
        <source>The plan has no products yet: add some before printing a proposal.</source>
        <translation>规划中还没有产品：请先加入产品再打印计划书。</translation>
    </message>
    <message>
        <source>The office decides this field; ask the office to change it</source>
        <translation>此字段由总公司决定；请洽总公司修改</translation>
    </message>
    <message>
        <source>The record is no longer in your book</source>
        <translation>这条记录已不在您的客户库中</translation>
    </message>
    <message>
        <source>Enter your name in My details: the proposal&apos;s cover prints them.</source>
        <translation>请在“我的资料”填写您的姓名：计划书封面会打印。</translation>
    </message>
    <message>
        <source>Enter your licence number in My details: the proposal&apos;s cover prints them.</source>
        <translation>请在“我的资料”填写您的执业证编号：计划书封面会打印。</translation>
    </message>
    <message>
        <source>Enter your name and licence number in My details: the proposal&apos;s cover prints them.</source>
        <translation>请在“我的资料”填写您的姓名与执业证编号：计划书封面会打印。</translation>
    </message>
    <message>
        <source>The office did not accept this change (the record left your book); it can only be dismissed</source>
        <translation>总公司未接受此变更（这条记录已离开您的客户库）；只能忽略</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (F or M; female/male and 女/男 also work)</source>
        <translation>“%1”不是性别（F 或 M；female/male 与 女/男 也可以）</translation>
    </message>
    <message>
        <source>%1 cannot be priced; fix or remove before issuing.</source>
        <translation>%1 无法计算保费；请先修正或移除再转为保单。</translation>
    </message>
    <message>
        <source>A plan has at most %1 alternatives; remove one before restoring this one.</source>
        <translation>一个规划最多有 %1 个方案；请先移除一个再还原此方案。</translation>
    </message>
    <message>
        <source>Version %1 of %2 was printed meanwhile: make the proposal again.</source>
        <translation>在此期间已生成 %2 的第 %1 版：请重新制作计划书。</translation>
    </message>
    <message>
        <source>A pending policy gives no cover yet; a claim needs an issued policy.</source>
        <translation>待生效保单尚未提供保障；理赔需要已生效的保单。</translation>
    </message>
    <message>
        <source>The incident date cannot be in the future.</source>
        <translation>事故日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>The incident happened before the policy was issued.</source>
        <translation>事故发生在保单生效之前。</translation>
    </message>
    <message>
        <source>A claim cannot be reported in the future.</source>
        <translation>理赔申报日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>A claim is reported on or after the incident.</source>
        <translation>理赔必须在事故当日或之后申报。</translation>
    </message>
    <message>
        <source>The amount claimed must be above zero.</source>
        <translation>申请金额必须大于零。</translation>
    </message>
    <message>
        <source>The claim is closed: a paid or declined claim takes no further step.</source>
        <translation>理赔已结案：已给付或已拒赔的理赔不能再有后续步骤。</translation>
    </message>
    <message>
        <source>This step cannot follow the claim&apos;s current one.</source>
        <translation>此步骤不能接在理赔目前的步骤之后。</translation>
    </message>
    <message>
        <source>A step cannot be dated in the future.</source>
        <translation>步骤日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the previous one.</source>
        <translation>步骤日期不能早于前一个步骤。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请输入给付金额。</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>给付金额不能是负数。</translation>
    </message>
    <message>
        <source>Only the payment step has an amount paid.</source>
        <translation>只有给付步骤才有给付金额。</translation>
    </message>
    <message>
        <source>Only the report is left; a report cannot be taken back.</source>
        <translation>只剩申报步骤；申报无法撤回。</translation>
    </message>
    <message>
        <source>Name the document.</source>
        <translation>请填写材料名称。</translation>
    </message>
    <message>
        <source>The claim already lists this document.</source>
        <translation>此理赔已列有这份材料。</translation>
    </message>
    <message>
        <source>A document cannot be received in the future.</source>
        <translation>材料收件日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>此日期不能是未来的日期。</translation>
    </message>
    <message>
        <source>The due date cannot be before the day it was opened.</source>
        <translation>到期日不能早于受理日。</translation>
    </message>
    <message>
        <source>Say what the outcome was.</source>
        <translation>请说明结果。</translation>
    </message>
    <message>
        <source>It cannot be closed before it was opened.</source>
        <translation>结案日不能早于受理日。</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>请说明申诉内容。</translation>
    </message>
    <message>
        <source>Choose one of this client&apos;s policies.</source>
        <translation>请选择此客户的一张保单。</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>此申请已结案。</translation>
    </message>
    <message>
        <source>This request is open already.</source>
        <translation>此申请已在处理中。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>此申诉已处理完成。</translation>
    </message>
    <message>
        <source>This complaint is open already.</source>
        <translation>此申诉已在处理中。</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal</source>
        <translation>计划书</translation>
    </message>
    <message>
        <source>Proposal for {0}</source>
        <translation>{0} 的计划书</translation>
    </message>
    <message>
        <source>Choose the client&apos;s language and the paper, then make the proposal. Each one is kept in the book as a new version.</source>
        <translation>选择客户的语言与纸张，然后制作计划书。每一份都会以新版本保存在客户库中。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Language of the proposal</source>
        <translation>计划书的语言</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Make proposal</source>
        <translation>制作计划书</translation>
    </message>
    <message>
        <source>Price the saved plan today and print it to a PDF (Ctrl+G)</source>
        <translation>以今日费率计算已存规划并输出为 PDF（Ctrl+G）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的资料…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>打印到纸上（Ctrl+P）</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>以 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the PDF as a file, e.g. to e-mail it (Ctrl+S)</source>
        <translation>将 PDF 存成文件，例如用电子邮件寄出（Ctrl+S）</translation>
    </message>
    <message>
        <source>Gathering the plan…</source>
        <translation>正在汇总规划…</translation>
    </message>
    <message>
        <source>Laying out the pages… %p%</source>
        <translation>正在排版… %p%</translation>
    </message>
    <message>
        <source>Keeping it in the book…</source>
        <translation>正在保存到客户库…</translation>
    </message>
    <message>
        <source>Proposal {0} version {1} printed</source>
        <translation>计划书 {0} 第 {1} 版已生成</translation>
    </message>
    <message>
        <source>Proposal {0}, version {1}</source>
        <translation>计划书 {0}，第 {1} 版</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} pages · catalog {4} · printed {5}</source>
        <translation>{0} · {1} · {2} · {3} 页 · 产品目录 {4} · 生成于 {5}</translation>
    </message>
    <message>
        <source>The proposal could not be made: {0}</source>
        <translation>无法制作计划书：{0}</translation>
    </message>
    <message>
        <source>Print proposal</source>
        <translation>打印计划书</translation>
    </message>
    <message>
        <source>Printing… %v of %m pages</source>
        <translation>打印中… 第 %v 页，共 %m 页</translation>
    </message>
    <message>
        <source>Proposal sent to the printer</source>
        <translation>计划书已送到打印机</translation>
    </message>
    <message>
        <source>No PDF viewer opened the file. It is at {0}</source>
        <translation>没有 PDF 阅读器打开此文件。文件位于 {0}</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>保存计划书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Proposal saved as {0}</source>
        <translation>计划书已保存为 {0}</translation>
    </message>
    <message>
        <source>The proposal was not saved as {0}: {1}</source>
        <translation>计划书未能保存为 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Printed</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>计划书</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the proposal exactly as it was printed</source>
        <translation>照当时生成的样子显示计划书</translation>
    </message>
    <message>
        <source>No proposal printed yet. Design a plan, then print its proposal from the plan designer.</source>
        <translation>还没有计划书。请先设计规划，再从规划设计界面打印计划书。</translation>
    </message>
</context>
<context>
    <name>ReferralReport</name>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Who brought the most business: the yearly premium of the clients each client referred, and of everyone those referred in turn.</source>
        <translation>谁带来最多业绩：每位客户所介绍客户的年缴保费，以及这些客户再介绍的所有人的年缴保费。</translation>
    </message>
    <message>
        <source>Tier rules…</source>
        <translation>等级规则…</translation>
    </message>
    <message>
        <source>How tiers are computed and what service each tier gets</source>
        <translation>等级如何计算，以及各等级享有的服务</translation>
    </message>
    <message>
        <source>No client has referred anyone yet. Record who referred a client on their page, under Referred by.</source>
        <translation>还没有客户介绍过任何人。请在客户页面的“介绍人”记录是谁介绍的。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>整条介绍链</translation>
    </message>
    <message>
        <source>Premium of referred</source>
        <translation>被介绍者保费</translation>
    </message>
    <message>
        <source>Premium of whole chain</source>
        <translation>整条介绍链保费</translation>
    </message>
    <message>
        <source>Everyone down the chain: the clients referred, the clients they referred, and so on</source>
        <translation>介绍链上的所有人：被介绍的客户、他们再介绍的客户，依此类推</translation>
    </message>
</context>
<context>
    <name>ReferrerField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <source>Click to open this client</source>
        <translation>单击打开此客户</translation>
    </message>
    <message>
        <source>Who referred this client is above, whom they referred below, family either side. Click a person to open them.</source>
        <translation>上方是此客户的介绍人，下方是其介绍的人，家人在两侧。单击人名即可打开。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张关系图</translation>
    </message>
    <message>
        <source>This client is not in the book.</source>
        <translation>此客户不在客户库中。</translation>
    </message>
    <message>
        <source>Only the %1 nearest people are shown.</source>
        <translation>只显示最近的 %1 人。</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>1 follow-up due today</source>
        <translation>今日有 1 项跟进到期</translation>
    </message>
    <message>
        <source>%1 follow-ups due today</source>
        <translation>今日有 %1 项跟进到期</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 项逾期</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>还有 1 项</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RenewalModel</name>
    <message>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ReportClaimDialog</name>
    <message>
        <source>Report a claim</source>
        <translation>申报理赔</translation>
    </message>
    <message>
        <source>Optional, e.g. 45,000</source>
        <translation>选填，例：45,000</translation>
    </message>
    <message>
        <source>The insurer&apos;s number, if known</source>
        <translation>保险公司的编号（如已知）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保单：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Incident date:</source>
        <translation>事故日期：</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>申报日期：</translation>
    </message>
    <message>
        <source>Amount claimed:</source>
        <translation>申请金额：</translation>
    </message>
    <message>
        <source>Claim number:</source>
        <translation>理赔编号：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 45,000, or leave it empty.</source>
        <translation>请输入金额，例：45,000，或留空。</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的到期日</translation>
    </message>
    <message>
        <source>Now due</source>
        <translation>目前到期日</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <source>Reported</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Documents collected</source>
        <translation>材料已齐</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已送件</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒赔</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已给付</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>身故</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>重大疾病</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>伤残</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation>理赔申请书</translation>
    </message>
    <message>
        <source>Claimant&apos;s ID</source>
        <translation>申请人身份证明</translation>
    </message>
    <message>
        <source>Bank account proof</source>
        <translation>银行卡复印件</translation>
    </message>
    <message>
        <source>Medical receipts</source>
        <translation>医疗收据</translation>
    </message>
    <message>
        <source>Diagnosis certificate</source>
        <translation>诊断证明书</translation>
    </message>
    <message>
        <source>Hospital discharge summary</source>
        <translation>出院小结</translation>
    </message>
    <message>
        <source>Pathology or test report</source>
        <translation>病理或检验报告</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>死亡证明书</translation>
    </message>
    <message>
        <source>Household register (heirs)</source>
        <translation>户口簿（继承人）</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>报案证明</translation>
    </message>
    <message>
        <source>Disability assessment</source>
        <translation>伤残鉴定</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>地址变更</translation>
    </message>
    <message>
        <source>Beneficiary change</source>
        <translation>受益人变更</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Policy loan</source>
        <translation>保单借款</translation>
    </message>
    <message>
        <source>Surrender</source>
        <translation>退保</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>复效</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>其他申请</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理完成</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Stalled: %1 over</source>
        <translation>停滞：超过 %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>逾期 %1</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <source>New request…</source>
        <translation>添加申请…</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>添加申诉…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>保全申请</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>No service requests.</source>
        <translation>没有保全申请。</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>没有申诉。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome / notes</source>
        <translation>结果／备注</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>%1 处理完成</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>处理完成…</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <source>No renewal premiums due in the next 30 days.</source>
        <translation>未来 30 天没有到期的续期保费。</translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation>本周没有客户生日。</translation>
    </message>
    <message>
        <source>Greeting in</source>
        <translation>祝福语言</translation>
    </message>
    <message>
        <source>Greeting language</source>
        <translation>祝福语言</translation>
    </message>
    <message>
        <source>Each client&apos;s language</source>
        <translation>依各客户的语言</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>Put a birthday greeting for the selected client on the clipboard (Ctrl+C)</source>
        <translation>将所选客户的生日祝福语复制到剪贴板（Ctrl+C）</translation>
    </message>
    <message>
        <source>No claim has stalled. Claims that wait too long in a stage show here.</source>
        <translation>没有停滞的理赔。在某个阶段等待太久的理赔会显示在这里。</translation>
    </message>
    <message>
        <source>Renewals due in 30 days</source>
        <translation>30 天内到期的续期保费</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>Stalled claims</source>
        <translation>停滞的理赔</translation>
    </message>
    <message>
        <source>Select a client to see the greeting.</source>
        <translation>选择客户即可查看祝福语。</translation>
    </message>
    <message>
        <source>Greeting for %1 copied — paste it into your message.</source>
        <translation>已复制给 %1 的祝福语 — 贴到您的消息中即可。</translation>
    </message>
</context>
<context>
    <name>StalledClaimModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>In this stage for %1 days, since %2</source>
        <translation>自 %2 起已在此阶段 %1 天</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>in the system keyring (%1)</source>
        <translation>系统密钥环（%1）中</translation>
    </message>
    <message>
        <source>in %1, readable only by you</source>
        <translation>%1 中，只有您能读取</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 笔等待中</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>不到一分钟后</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <translation>发送中 %1 / %2</translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>发送中 %1</translation>
    </message>
    <message>
        <source>receiving %1</source>
        <translation>接收中 %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Sync: checking…</source>
        <translation>同步：检查中…</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation>%1 — %2再试</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>需要更新</translation>
    </message>
    <message>
        <source>Device revoked — enrol again</source>
        <translation>设备已被撤销 — 请重新注册</translation>
    </message>
    <message>
        <source>No device token — enrol again</source>
        <translation>没有设备令牌 — 请重新注册</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Cannot reach the office. Your changes wait on this computer and go up once it answers.</source>
        <translation>无法连接总公司。您的变更会保留在这台电脑，等总公司响应后再上传。</translation>
    </message>
    <message>
        <source>The office answered something Agent Desk does not understand. Check the office address; nothing was changed here.</source>
        <translation>总公司的响应 Agent Desk 无法解读。请检查总公司地址；这里的资料没有任何变更。</translation>
    </message>
    <message>
        <source>The office needs a newer Agent Desk. Update the app; your work stays on this computer meanwhile.</source>
        <translation>总公司需要较新版的 Agent Desk。请更新程序；在此之前您的资料会保留在这台电脑。</translation>
    </message>
    <message>
        <source>The office no longer accepts this computer. Ask the office for a new code and enrol again; your changes wait here.</source>
        <translation>总公司已不再接受这台电脑。请向总公司索取新代码并重新注册；您的变更会在这里等待。</translation>
    </message>
    <message>
        <source>This computer has no device token for the office. Enrol again with a new code from the office; your changes wait here.</source>
        <translation>这台电脑没有总公司的设备令牌。请用总公司提供的新代码重新注册；您的变更会在这里等待。</translation>
    </message>
    <message>
        <source>The office refused the code. A code works once and expires: ask the office for a new one.</source>
        <translation>总公司拒绝了此代码。代码只能使用一次且会过期：请向总公司索取新代码。</translation>
    </message>
    <message>
        <source>The office refused: %1</source>
        <translation>总公司拒绝：%1</translation>
    </message>
    <message>
        <source>Sync stopped by a problem on this computer: %1</source>
        <translation>这台电脑发生问题，同步已停止：%1</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Family tie</source>
        <translation>家庭关系</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>Claim step</source>
        <translation>理赔步骤</translation>
    </message>
    <message>
        <source>Claim document</source>
        <translation>理赔材料</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>保全申请</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>规划项目</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>计划书</translation>
    </message>
    <message>
        <source>The whole change</source>
        <translation>整笔变更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Occupation class</source>
        <translation>职业类别</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Smoker</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>服务代理人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保额</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>年缴保费</translation>
    </message>
    <message>
        <source>Premium per payment</source>
        <translation>每期保费</translation>
    </message>
    <message>
        <source>Payment frequency</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Next premium due</source>
        <translation>下次应缴日</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>保障年期</translation>
    </message>
    <message>
        <source>Payment term (years)</source>
        <translation>缴费年期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>延后至</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>执业证编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>给付金额</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The office&apos;s</source>
        <translation>总公司的</translation>
    </message>
    <message>
        <source>A later edit</source>
        <translation>较晚的修改</translation>
    </message>
    <message>
        <source>This device&apos;s</source>
        <translation>本设备的</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>The office decides this field: its value was kept, and only the office can change it.</source>
        <translation>此字段由总公司决定：保留了总公司的值，只有总公司能修改。</translation>
    </message>
    <message>
        <source>A later edit, on another device or at the office, was kept.</source>
        <translation>保留了在其他设备或总公司较晚的修改。</translation>
    </message>
    <message>
        <source>This device&apos;s later edit was kept over another device&apos;s.</source>
        <translation>保留了本设备较晚的修改，而非其他设备的修改。</translation>
    </message>
    <message>
        <source>The office did not accept the change: the record is no longer in your book (for example, the client moved to another agent).</source>
        <translation>总公司未接受此变更：这条记录已不在您的客户库中（例如客户已转给其他代理人）。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已于 %1 删除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>another record (%1…)</source>
        <translation>另一条记录（%1…）</translation>
    </message>
    <message>
        <source>a file (%1 KB)</source>
        <translation>一个文件（%1 KB）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Nothing: the office keeps the record for another agent</source>
        <translation>无：总公司将这条记录保留给其他代理人</translation>
    </message>
    <message>
        <source>%1: the office did not accept your change.</source>
        <translation>%1：总公司未接受您的变更。</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>您的变更：%1</translation>
    </message>
    <message>
        <source>It can only be dismissed.</source>
        <translation>只能忽略。</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>舍弃：%1</translation>
    </message>
    <message>
        <source>The lost value cannot be put back here.</source>
        <translation>舍弃的值无法在这里恢复。</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1 笔</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1 笔</translation>
    </message>
    <message>
        <source>%1 moved to another agent</source>
        <translation>%1 笔已转给其他代理人</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 个冲突待查看</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 个冲突待查看</translation>
    </message>
    <message>
        <source>%1 not accepted</source>
        <translation>%1 笔未被接受</translation>
    </message>
    <message>
        <source>catalog %1 installed</source>
        <translation>已安装产品目录 %1</translation>
    </message>
    <message>
        <source>catalog not installed: %1</source>
        <translation>产品目录未安装：%1</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>已同步：%1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Dismiss conflict of %1</source>
        <translation>忽略 %1 的冲突</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>与总公司同步</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits here and receive the office&apos;s changes (F9)</source>
        <translation>发送这里等待中的变更并接收总公司的变更（F9）</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>注册(&amp;N)…</translation>
    </message>
    <message>
        <source>Connect this book to the office with a one-time code</source>
        <translation>用一次性代码将此客户库连接到总公司</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>总公司：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>代理人：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本设备：</translation>
    </message>
    <message>
        <source>Device token:</source>
        <translation>设备令牌：</translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation>等待上传：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Last try:</source>
        <translation>上次尝试：</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>上次问题：</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>When a field was changed here and elsewhere, one value is kept and the other is listed here. Put a lost value back, or dismiss the conflict once you have seen it.</source>
        <translation>当同一字段在这里和其他地方都被修改时，会保留其中一个值，另一个列在这里。您可以恢复舍弃的值，或在看过后忽略此冲突。</translation>
    </message>
    <message>
        <source>Whose was kept</source>
        <translation>保留谁的</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>舍弃的值</translation>
    </message>
    <message>
        <source>The office decides some fields; otherwise the later edit is kept</source>
        <translation>部分字段由总公司决定；其他则保留较晚的修改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>No conflicts to review. When the office keeps another value than yours, it is listed here so you can put yours back.</source>
        <translation>没有待处理的冲突。总公司保留了与您不同的值时，会列在这里让您恢复自己的值。</translation>
    </message>
    <message>
        <source>&amp;Restore lost value</source>
        <translation>恢复舍弃的值(&amp;R)</translation>
    </message>
    <message>
        <source>Put the lost value back as a new edit of yours; it goes to the office with the next sync (Ctrl+R)</source>
        <translation>将舍弃的值以您的新修改恢复；下次同步时会送到总公司（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the value as it is and take the conflict off the list (Delete)</source>
        <translation>维持目前的值，并将此冲突从列表移除（Delete）</translation>
    </message>
    <message>
        <source>E&amp;nrol again…</source>
        <translation>重新注册(&amp;N)…</translation>
    </message>
    <message>
        <source>Not enrolled. Ask the office for a one-time code, then choose Enrol…</source>
        <translation>尚未注册。请向总公司索取一次性代码，然后选择“注册…”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>保存在%1</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 笔变更</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 笔变更</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>待处理的冲突（%1）</translation>
    </message>
    <message>
        <source>%1 is back to %2; it goes to the office with the next sync.</source>
        <translation>%1 已恢复为 %2；下次同步时会送到总公司。</translation>
    </message>
    <message>
        <source>Dismissed the conflict of %1. Press Ctrl+Z to undo.</source>
        <translation>已忽略 %1 的冲突。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Dismissed the conflict of %1.</source>
        <translation>已忽略 %1 的冲突。</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>该冲突已不再待处理。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWatch</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>无法读取同步状态：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Values the office did not keep wait for your review on the Sync screen</source>
        <translation>总公司未保留的值正在“同步”界面等您处理</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>总公司：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Click for the Sync screen; F9 syncs now.</source>
        <translation>单击打开“同步”界面；按 F9 立即同步。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>TierRulesDialog</name>
    <message>
        <source>Tier rules</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>A client&apos;s value is the yearly premium of their live policies, plus part of the premium of the clients they referred, and a smaller part for the clients those referred.</source>
        <translation>客户的价值是其有效保单的年缴保费，加上其介绍客户保费的一部分，以及再被介绍客户保费的更小部分。</translation>
    </message>
    <message>
        <source>Tier A from a value of:</source>
        <translation>A 级的价值门槛：</translation>
    </message>
    <message>
        <source>Tier B from a value of:</source>
        <translation>B 级的价值门槛：</translation>
    </message>
    <message>
        <source>Referred premium counts at:</source>
        <translation>介绍保费计入比例：</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The clients they referred count at this share; the clients those referred at this share of it again</source>
        <translation>其介绍的客户以此比例计入；再被介绍的客户以此比例再乘一次计入</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>A client with at least:</source>
        <translation>客户至少有：</translation>
    </message>
    <message>
        <source>live policies</source>
        <translation>张有效保单</translation>
    </message>
    <message>
        <source>for at least:</source>
        <translation>且至少：</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>moves up one tier.</source>
        <translation>即升一级。</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Service by tier</source>
        <translation>各等级服务</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Review every:</source>
        <translation>检视周期：</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Gifts for:</source>
        <translation>送礼时机：</translation>
    </message>
    <message>
        <source>Keep these rules and recompute every client&apos;s tier</source>
        <translation>保存这些规则并重新计算每位客户的等级</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Saving and recomputing every tier…</source>
        <translation>正在保存并重新计算所有等级…</translation>
    </message>
    <message>
        <source>(their referrals at %1%)</source>
        <translation>（其介绍的客户以 %1% 计入）</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Note (optional) — then click what happened</source>
        <translation>备注（选填）— 再按下发生的事项</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Log it now (%1), with the note typed above</source>
        <translation>立即记录（%1），附上方输入的备注</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing logged yet. Calls, visits and gifts you log appear here.</source>
        <translation>还没有任何记录。您记录的电话、拜访与送礼会显示在这里。</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation>已记录%1。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete this entry (%1, %2) from the timeline?</source>
        <translation>要从往来记录删除这笔记录（%1，%2）吗？</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Renewal premium</source>
        <translation>续期保费</translation>
    </message>
    <message>
        <source>Lapse warning</source>
        <translation>失效提醒</translation>
    </message>
    <message>
        <source>Policy anniversary</source>
        <translation>保单周年日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Deliver policy</source>
        <translation>递送保单</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Claim follow-up</source>
        <translation>理赔跟进</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>保单检视</translation>
    </message>
    <message>
        <source>Festival gift</source>
        <translation>节庆送礼</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>保全申请</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>农历新年</translation>
    </message>
    <message>
        <source>Mid-Autumn</source>
        <translation>中秋</translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <translation>生日礼物</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>%1 gift</source>
        <translation>%1礼物</translation>
    </message>
    <message>
        <source>Tier %1 review</source>
        <translation>%1 级客户检视</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>每季</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>%1 (%2, the first %3 shown)</source>
        <translation>%1（%2，显示前 %3 项）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Bringing follow-ups up to date…</source>
        <translation>正在更新跟进事项…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Add a task of your own, once or repeating (Ctrl+T)</source>
        <translation>添加您自己的任务，单次或重复（Ctrl+T）</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <source>Save open follow-ups as an .ics file for your phone&apos;s calendar</source>
        <translation>将未完成的跟进事项存成 .ics 文件，导入手机日历</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done and log the contact (Ctrl+Enter)</source>
        <translation>将所选跟进事项标记完成并记录联系（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>延后</translation>
    </message>
    <message>
        <source>Hide it until a later day (Ctrl+Shift+S)</source>
        <translation>隐藏到之后的日子（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Give it another due date (Ctrl+R)</source>
        <translation>设置新的到期日（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>It is not needed: take it off the list (Delete)</source>
        <translation>不需要了：从列表移除（Delete）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 项逾期</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
    <message>
        <source>1 due today</source>
        <translation>1 项今日到期</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 项今日到期</translation>
    </message>
    <message>
        <source>1 this week</source>
        <translation>本周 1 项</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <translation>本周 %1 项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Nothing overdue — well done.</source>
        <translation>没有逾期事项 — 做得好。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日没有到期事项。</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Nothing due in the coming week.</source>
        <translation>未来一周没有到期事项。</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>%1 logged on the timeline.</source>
        <translation>已在往来记录记录%1。</translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>下一次已列入列表。</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>延后至 %1：%2。</translation>
    </message>
    <message>
        <source>Moved to %1: %2.</source>
        <translation>改期至 %1：%2。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>Task added: %1, due %2.</source>
        <translation>已添加任务：%1，%2 到期。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar file</source>
        <translation>将跟进事项导出成日历文件</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>1 follow-up exported to %2.</source>
        <translation>已导出 1 项跟进事项到 %2。</translation>
    </message>
    <message>
        <source>%1 follow-ups exported to %2.</source>
        <translation>已导出 %1 项跟进事项到 %2。</translation>
    </message>
    <message>
        <source>From %1 to %2; import the file into your phone&apos;s calendar.</source>
        <translation>从 %1 到 %2；请将文件导入手机日历。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Agent Desk is locked</source>
        <translation>Agent Desk 已锁定</translation>
    </message>
    <message>
        <source>Your book is protected</source>
        <translation>您的客户库受密码保护</translation>
    </message>
    <message>
        <source>Type the book&apos;s passphrase to go on.</source>
        <translation>请输入客户库的密码以继续。</translation>
    </message>
    <message>
        <source>This backup is protected</source>
        <translation>此备份受密码保护</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with. The restored book keeps your book&apos;s passphrase, or takes this one if your book has none.</source>
        <translation>请输入制作此备份时的密码。还原后的客户库沿用您客户库的密码；若您的客户库未设密码，则改用此密码。</translation>
    </message>
    <message>
        <source>Type the passphrase that protects your client book.</source>
        <translation>请输入保护客户库的密码。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>在这台电脑记住</translation>
    </message>
    <message>
        <source>This computer has no secure keyring to keep the key in</source>
        <translation>这台电脑没有可保存密钥的安全密钥环</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>此密码无法打开。请再试一次。</translation>
    </message>
</context>
<context>
    <name>_OpeningDialog</name>
    <message>
        <source>No particular policy</source>
        <translation>不指定保单</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating a demo book…</source>
        <translation>正在创建示范客户库…</translation>
    </message>
    <message>
        <source>Your book is empty</source>
        <translation>客户库是空的</translation>
    </message>
    <message>
        <source>Your client book is empty. Create a demo book with sample clients, households and policies to explore Agent Desk? You can start your own book any time in another profile.</source>
        <translation>您的客户库是空的。要创建包含示例客户、家庭与保单的示范客户库来试用 Agent Desk 吗？您随时可以在另一个配置文件中开始自己的客户库。</translation>
    </message>
    <message>
        <source>Agent Desk cannot open the book</source>
        <translation>Agent Desk 无法打开客户库</translation>
    </message>
    <message>
        <source>Nothing was changed. Keep the file, and restore a backup or update Agent Desk.</source>
        <translation>没有任何变更。请保留此文件，并还原备份或更新 Agent Desk。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>还原备份…</translation>
    </message>
    <message>
        <source>Agent Desk books (*.sqlite3);;All files (*)</source>
        <translation>Agent Desk 客户库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The book stays locked: it opens with its passphrase</source>
        <translation>客户库维持锁定：需要密码才能打开</translation>
    </message>
    <message>
        <source>The book was upgraded; a backup of the old one is at %1</source>
        <translation>客户库已升级；旧版的备份位于 %1</translation>
    </message>
</context>
</TS>
