<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AgentDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>我的資料</translation>
    </message>
    <message>
        <source>Printed on every proposal&apos;s cover: clients and regulators expect your licence number.</source>
        <translation>印在每份建議書的封面：客戶與主管機關都要看到您的登錄證字號。</translation>
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
        <translation>登錄證字號(&amp;L)：</translation>
    </message>
    <message>
        <source>As on your registration certificate</source>
        <translation>與登錄證上相同</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 0912-345-678</source>
        <translation>例：0912-345-678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
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
        <translation>您所代表的保險公司或經紀代理公司</translation>
    </message>
    <message>
        <source>A proposal cannot be printed without it</source>
        <translation>沒有這項資料就無法列印建議書</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your details could not be read from the book.</source>
        <translation>無法從客戶簿讀取您的資料。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>儲存中…</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <source>Needs assumptions</source>
        <translation>需求分析假設</translation>
    </message>
    <message>
        <source>Mortgage still owed:</source>
        <translation>尚欠房貸：</translation>
    </message>
    <message>
        <source>Other debts:</source>
        <translation>其他負債：</translation>
    </message>
    <message>
        <source>Car and personal loans, cards</source>
        <translation>車貸、信貸、信用卡</translation>
    </message>
    <message>
        <source>Savings the family could use:</source>
        <translation>家庭可動用的存款：</translation>
    </message>
    <message>
        <source>Cash and investments that would be there if an earner died; they reduce the death need</source>
        <translation>經濟支柱身故時仍在的現金與投資；可抵減身故保障需求</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>If an earner dies</source>
        <translation>經濟支柱身故時</translation>
    </message>
    <message>
        <source>Income the family still needs:</source>
        <translation>家庭仍需的收入：</translation>
    </message>
    <message>
        <source>% of the earner&apos;s income</source>
        <translation>% 的經濟支柱收入</translation>
    </message>
    <message>
        <source>Children depend on the family until age:</source>
        <translation>子女需扶養至：</translation>
    </message>
    <message>
        <source>Fewest years of income for a spouse or parent:</source>
        <translation>配偶或父母至少需要的收入年數：</translation>
    </message>
    <message>
        <source>For a spouse or parent without income, when no child needs longer</source>
        <translation>適用於無收入的配偶或父母，且沒有子女需要更久的扶養時</translation>
    </message>
    <message>
        <source>Education fund per child:</source>
        <translation>每位子女教育金：</translation>
    </message>
    <message>
        <source>Funeral and estate costs per person:</source>
        <translation>每人喪葬與遺產費用：</translation>
    </message>
    <message>
        <source>Illness and accident</source>
        <translation>疾病與意外</translation>
    </message>
    <message>
        <source>Income to replace during a critical illness:</source>
        <translation>重大疾病期間需補足的收入：</translation>
    </message>
    <message>
        <source>Critical illness cover without income:</source>
        <translation>無收入者的重大疾病保額：</translation>
    </message>
    <message>
        <source>Hospital limit per person per year:</source>
        <translation>每人每年住院醫療限額：</translation>
    </message>
    <message>
        <source>Accident cover for earners:</source>
        <translation>有收入者的意外保額：</translation>
    </message>
    <message>
        <source>× yearly income</source>
        <translation>× 年收入</translation>
    </message>
    <message>
        <source>Accident cover without income:</source>
        <translation>無收入者的意外保額：</translation>
    </message>
    <message>
        <source>Children under 18 get half of this</source>
        <translation>未滿 18 歲的子女為此金額的一半</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Retirement age:</source>
        <translation>退休年齡：</translation>
    </message>
    <message>
        <source>Life expectancy:</source>
        <translation>預期壽命：</translation>
    </message>
    <message>
        <source>years of age</source>
        <translation>歲</translation>
    </message>
    <message>
        <source>Income wanted in retirement:</source>
        <translation>退休後希望的收入：</translation>
    </message>
    <message>
        <source>% of today&apos;s income</source>
        <translation>% 的目前收入</translation>
    </message>
    <message>
        <source>Expected pension a year:</source>
        <translation>預計每年退休金：</translation>
    </message>
    <message>
        <source>Yearly, from the retirement age on</source>
        <translation>每年，自退休年齡起</translation>
    </message>
    <message>
        <source>Saved for retirement so far:</source>
        <translation>目前已備的退休金：</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>計算方法</translation>
    </message>
    <message>
        <source>Retirement money per person</source>
        <translation>每人退休資金</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source>Put the method&apos;s standard figures back; the household&apos;s debts and savings and each person&apos;s money stay as they are</source>
        <translation>恢復計算方法的標準數值；家庭的負債與存款及每個人的資金維持不變</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>不能是負數。</translation>
    </message>
    <message>
        <source>A percentage is at most 100.</source>
        <translation>百分比最多為 100。</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 1,200,000.</source>
        <translation>請輸入金額，例：1,200,000。</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100, e.g. 70.</source>
        <translation>請輸入 0 到 100 的百分比，例：70。</translation>
    </message>
    <message>
        <source>Type a whole number, e.g. 65.</source>
        <translation>請輸入整數，例：65。</translation>
    </message>
    <message>
        <source>The retirement age must be below the life expectancy.</source>
        <translation>退休年齡必須小於預期壽命。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Keep backups for:</source>
        <translation>備份保留：</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>從檔案還原…</translation>
    </message>
    <message>
        <source>Backups of your book</source>
        <translation>客戶簿的備份</translation>
    </message>
    <message>
        <source>A copy of the book is taken every day and before every upgrade. Restoring one replaces the book; the book it replaces is backed up first.</source>
        <translation>每天及每次升級前都會備份客戶簿。還原備份會取代目前的客戶簿；被取代的客戶簿會先備份。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>手動備份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>備份中…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Agent Desk books (*.sqlite3);;All files (*)</source>
        <translation>Agent Desk 客戶簿 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在檢查備份…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要還原這個備份嗎？</translation>
    </message>
    <message>
        <source>Replace your book with %1? It holds %2 clients.</source>
        <translation>要以 %1 取代您的客戶簿嗎？其中有 %2 位客戶。</translation>
    </message>
    <message>
        <source>Agent Desk closes the book, backs it up, restores the backup and opens it again. Changes made since the backup are in the copy of the current book; what was synced comes back from the office.</source>
        <translation>Agent Desk 會關閉客戶簿、先備份、還原備份後再重新開啟。備份之後的變更保存在目前客戶簿的備份中；已同步的資料會從總公司取回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
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
        <translation>滿歲數</translation>
    </message>
    <message>
        <source>Greeting in</source>
        <translation>祝福語言</translation>
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
        <translation>取消追蹤事項</translation>
    </message>
    <message>
        <source>It leaves your list and does not come back. You can undo this right after.</source>
        <translation>它會從清單移除且不再出現。取消後可立即復原。</translation>
    </message>
    <message>
        <source>e.g. Client moved abroad</source>
        <translation>例：客戶移居海外</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（選填）</translation>
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
        <translation>被保險人</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>保障項目</translation>
    </message>
    <message>
        <source>Eligible only</source>
        <translation>只顯示可投保</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>加入規劃</translation>
    </message>
    <message>
        <source>Add the chosen product for the chosen person (Enter)</source>
        <translation>為所選的人加入所選商品（Enter）</translation>
    </message>
    <message>
        <source>Rider</source>
        <translation>附約</translation>
    </message>
    <message>
        <source>Add rider</source>
        <translation>加入附約</translation>
    </message>
    <message>
        <source>Attach the rider to the product selected in the plan</source>
        <translation>將附約附加到規劃中所選的商品</translation>
    </message>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>All benefits</source>
        <translation>所有保障項目</translation>
    </message>
    <message>
        <source>Select a product in the plan for its riders</source>
        <translation>在規劃中選一項商品以查看其附約</translation>
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
        <translation>申報理賠…</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Undo last step</source>
        <translation>復原上一步</translation>
    </message>
    <message>
        <source>Take back the latest step, e.g. one clicked by mistake</source>
        <translation>撤回最近一個步驟，例如誤按的步驟</translation>
    </message>
    <message>
        <source>No claims. Report one when the client has an incident to claim for.</source>
        <translation>沒有理賠。客戶發生保險事故時請在此申報。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Open claims: days in the current stage. Closed claims: days from the report to the last step.</source>
        <translation>處理中的理賠：目前階段的天數。已結案的理賠：從申報到最後一個步驟的天數。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>申報日</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申請金額</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>給付金額</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Tick a document when the client hands it in</source>
        <translation>客戶交件後請勾選文件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>新增文件…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Claims: %1  ·  open: %2  ·  stalled: %3</source>
        <translation>理賠：%1  ·  處理中：%2  ·  停滯：%3</translation>
    </message>
    <message>
        <source>%1 claim on %2 · %3</source>
        <translation>%2 · %3 的%1理賠</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
    <message>
        <source>Documents (%1 missing)</source>
        <translation>文件（缺 %1 份）</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>事故日：%1</translation>
    </message>
    <message>
        <source>Claim no. %1</source>
        <translation>理賠編號 %1</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>申請金額：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>給付金額：%1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（選填）</translation>
    </message>
    <message>
        <source>%1 — received %2</source>
        <translation>%1 — %2 收件</translation>
    </message>
    <message>
        <source>Report a claim</source>
        <translation>申報理賠</translation>
    </message>
    <message>
        <source>This client has no issued policy to claim on.</source>
        <translation>此客戶沒有已生效的保單可申報理賠。</translation>
    </message>
    <message>
        <source>Take back the step “%1” of %2?</source>
        <translation>要撤回 %2 的步驟「%1」嗎？</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <source>Document the insurer asks for:</source>
        <translation>保險公司要求的文件：</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理賠</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>A .csv or .vcf file</source>
        <translation>.csv 或 .vcf 檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各欄位的內容</translation>
    </message>
    <message>
        <source>Contacts from a vCard file: names, phones, e-mails, birthdays, addresses, job titles and notes are read as the card has them.</source>
        <translation>vCard 檔案中的聯絡人：姓名、電話、電子郵件、生日、地址、職稱與備註會照名片上的內容讀取。</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors or likely duplicates</source>
        <translation>只顯示有錯誤或可能重複的列(&amp;E)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>&amp;Skip likely duplicates</source>
        <translation>略過可能重複的客戶(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave out rows with errors and import the rest</source>
        <translation>略過有錯誤的列，匯入其餘的(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Client files (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>客戶檔案 (*.csv *.vcf *.vcard *.txt);;CSV 檔案 (*.csv *.txt);;vCard 檔案 (*.vcf *.vcard);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>偵測到</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已選擇</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不匯入）</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>（第 %1 欄沒有名稱）</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>將第 %1 欄匯入為</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在檢查 %1 列…</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s name.</source>
        <translation>請選擇存放客戶姓名的欄位。</translation>
    </message>
    <message>
        <source>Two columns are imported as %1; choose one.</source>
        <translation>有兩個欄位都匯入為 %1；請選擇其中一個。</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with errors, %4 likely duplicates.</source>
        <translation>共 %1 列：%2 列可匯入，%3 列有錯誤，%4 列可能重複。</translation>
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation>匯入中：%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Import 1 client</source>
        <translation>匯入 1 位客戶(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import %1 clients</source>
        <translation>匯入 %1 位客戶(&amp;I)</translation>
    </message>
    <message>
        <source>Rows with errors are marked in the preview: correct the file, or leave those rows out. Nothing is imported while errors remain.</source>
        <translation>有錯誤的列已在預覽中標示：請修正檔案，或略過這些列。仍有錯誤時不會匯入任何資料。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>匯入中…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消匯入；沒有寫入任何資料。</translation>
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
        <translation>準客戶</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>往來中</translation>
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
        <translation>%1 級</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未分級</translation>
    </message>
    <message>
        <source>1 live policy</source>
        <translation>1 張有效保單</translation>
    </message>
    <message>
        <source>%1 live policies</source>
        <translation>%1 張有效保單</translation>
    </message>
    <message>
        <source>1 client they referred pays %2 a year, counted at %3: %4.</source>
        <translation>其轉介紹的 1 位客戶每年繳 %2，以 %3 計入：%4。</translation>
    </message>
    <message>
        <source>%1 clients they referred pay %2 a year, counted at %3: %4.</source>
        <translation>其轉介紹的 %1 位客戶每年繳 %2，以 %3 計入：%4。</translation>
    </message>
    <message>
        <source>1 client referred by their referrals pays %2 a year, counted at %3: %4.</source>
        <translation>由其轉介紹客戶再介紹的 1 位客戶每年繳 %2，以 %3 計入：%4。</translation>
    </message>
    <message>
        <source>%1 clients referred by their referrals pay %2 a year, counted at %3: %4.</source>
        <translation>由其轉介紹客戶再介紹的 %1 位客戶每年繳 %2，以 %3 計入：%4。</translation>
    </message>
    <message>
        <source>A review every month</source>
        <translation>每月檢視一次</translation>
    </message>
    <message>
        <source>A review every %1 months</source>
        <translation>每 %1 個月檢視一次</translation>
    </message>
    <message>
        <source>No tier: no live policy and no premium from referrals.</source>
        <translation>未分級：沒有有效保單，也沒有轉介紹的保費。</translation>
    </message>
    <message>
        <source>Value %1 a year (own premium and weighted referrals): tier %2.</source>
        <translation>每年價值 %1（自身保費與加權後的轉介紹保費）：%2 級。</translation>
    </message>
    <message>
        <source>Value %1 a year reaches the tier %2 threshold of %3.</source>
        <translation>每年價值 %1，達到 %2 級門檻 %3。</translation>
    </message>
    <message>
        <source>Own premium %1 a year (%2).</source>
        <translation>自身保費每年 %1（%2）。</translation>
    </message>
    <message>
        <source>Loyal client (%1 for %2 years): up from tier %3 to %4.</source>
        <translation>忠誠客戶（%1，已 %2 年）：由 %3 級升為 %4 級。</translation>
    </message>
    <message>
        <source>%1 more a year would reach tier %2.</source>
        <translation>每年再多 %1 即可達到 %2 級。</translation>
    </message>
    <message>
        <source>Premiums in %1 are not counted: the tier rules have no exchange rate for them.</source>
        <translation>%1 的保費未計入：等級規則沒有這些幣別的匯率。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>農曆新年</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋節</translation>
    </message>
    <message>
        <source>Policy anniversary</source>
        <translation>保單週年日</translation>
    </message>
    <message>
        <source>%1; no gifts.</source>
        <translation>%1；不送禮。</translation>
    </message>
    <message>
        <source>%1; gifts for %2.</source>
        <translation>%1；%2送禮。</translation>
    </message>
    <message>
        <source>Not computed yet: tiers are computed from premiums, policies, tenure and referrals.</source>
        <translation>尚未計算：等級依保費、保單、往來年資與轉介紹計算。</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>戶長</translation>
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
        <translation>寬限期中</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>停效</translation>
    </message>
    <message>
        <source>Surrendered</source>
        <translation>已解約</translation>
    </message>
    <message>
        <source>Matured</source>
        <translation>已滿期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已終止</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>送禮</translation>
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
        <translation>年齡</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
</context>
<context>
    <name>ClientListScreen</name>
    <message>
        <source>Search name, phone, e-mail, policy no.…</source>
        <translation>搜尋姓名、電話、電子郵件、保單號碼…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有階段</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 位客戶</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 位客戶</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete this client (you can undo it)</source>
        <translation>刪除此客戶（可以復原）</translation>
    </message>
    <message>
        <source>Design plan</source>
        <translation>設計規劃</translation>
    </message>
    <message>
        <source>Analyse the household&apos;s needs and design a protection plan (Ctrl+P)</source>
        <translation>分析家庭需求並設計保障規劃（Ctrl+P）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>保單</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>往來紀錄</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理賠</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>保全服務</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>人脈</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>建議書</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>找不到客戶</translation>
    </message>
    <message>
        <source>This client is not in the book.</source>
        <translation>此客戶不在客戶簿中。</translation>
    </message>
    <message>
        <source>This client was deleted. Undo the delete to work with them again.</source>
        <translation>此客戶已刪除。復原刪除即可繼續處理。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Type at least a name, then save.</source>
        <translation>至少輸入姓名，然後儲存。</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 歲</translation>
    </message>
    <message>
        <source>Save the client first</source>
        <translation>請先儲存客戶</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介紹人</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Type a name, phone or e-mail…</source>
        <translation>輸入姓名、電話或電子郵件…</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>沒有符合的客戶。</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選擇</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close request</source>
        <translation>結案申請</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>處理完成申訴</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>結案日：</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>處理完成日：</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>處理完成</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare alternatives</source>
        <translation>比較方案</translation>
    </message>
    <message>
        <source>Products and riders</source>
        <translation>商品與附約</translation>
    </message>
    <message>
        <source>Total annual premium</source>
        <translation>年繳保費合計</translation>
    </message>
    <message>
        <source>Paid per year</source>
        <translation>每年繳費</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>預算使用</translation>
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
        <translation>客戶簿儀表板</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Annualised premium</source>
        <translation>年化保費</translation>
    </message>
    <message>
        <source>Renewals collected</source>
        <translation>續期保費收取率</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>追蹤準時率</translation>
    </message>
    <message>
        <source>Days to claim payment</source>
        <translation>理賠給付天數</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>還沒有客戶。</translation>
    </message>
    <message>
        <source>No policy is paying premiums.</source>
        <translation>沒有繳費中的保單。</translation>
    </message>
    <message>
        <source>Clients by tier and stage</source>
        <translation>客戶等級與階段分布</translation>
    </message>
    <message>
        <source>Live clients; each bar is one value tier.</source>
        <translation>現有客戶；每一條代表一個價值等級。</translation>
    </message>
    <message>
        <source>Persistency</source>
        <translation>保單繼續率</translation>
    </message>
    <message>
        <source>Policies still on the books after 13 and 25 months.</source>
        <translation>第 13 與第 25 個月仍有效的保單。</translation>
    </message>
    <message>
        <source>Annualised premium by tier</source>
        <translation>各等級年化保費</translation>
    </message>
    <message>
        <source>Policies in force or in grace, by the holder&apos;s tier; each currency on its own scale.</source>
        <translation>有效或寬限期中的保單，依要保人等級分組；每種幣別各自的刻度。</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>無法載入儀表板：%1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未分級</translation>
    </message>
    <message>
        <source>The book has no clients yet.</source>
        <translation>客戶簿還沒有客戶。</translation>
    </message>
    <message>
        <source>%1 active · %2 prospects</source>
        <translation>%1 位往來中 · %2 位準客戶</translation>
    </message>
    <message>
        <source>%1 paying policies</source>
        <translation>%1 張繳費中保單</translation>
    </message>
    <message>
        <source>No policy is in force or in grace.</source>
        <translation>沒有有效或寬限期中的保單。</translation>
    </message>
    <message>
        <source>%1, all currencies in %2</source>
        <translation>%1，所有幣別換算為 %2</translation>
    </message>
    <message>
        <source>%1 at the tier rules&apos; exchange rates, from:</source>
        <translation>%1，依等級規則的匯率換算，來自：</translation>
    </message>
    <message>
        <source>Some currency has no exchange rate in the tier rules, so the amounts are not added up.</source>
        <translation>等級規則缺少某些幣別的匯率，因此金額未加總。</translation>
    </message>
    <message>
        <source>Nothing fell due in the last %1 days</source>
        <translation>過去 %1 天沒有到期項目</translation>
    </message>
    <message>
        <source>The 13-month figure counts policies issued 13 to 24 months ago, the 25-month one 25 to 36 months ago. Taken from today&apos;s status, as the book keeps no history of it: in force, in grace and matured count as persisting; lapsed, surrendered and terminated do not.</source>
        <translation>13 個月繼續率計算 13 到 24 個月前生效的保單，25 個月繼續率計算 25 到 36 個月前生效的保單。依今日的狀態計算，因為客戶簿不保留狀態歷史：有效、寬限期中與已滿期視為繼續；停效、已解約與已終止則否。</translation>
    </message>
    <message>
        <source>%1 of %2 premiums due in the last %3 days</source>
        <translation>過去 %3 天到期的 %2 筆保費中已收 %1 筆</translation>
    </message>
    <message>
        <source>No renewal premium fell due in the last %1 days.</source>
        <translation>過去 %1 天沒有到期的續期保費。</translation>
    </message>
    <message>
        <source>%1 of %2 follow-ups due in the last %3 days</source>
        <translation>過去 %3 天到期的 %2 項追蹤中準時完成 %1 項</translation>
    </message>
    <message>
        <source>No follow-up fell due in the last %1 days (open ones due today are not counted yet).</source>
        <translation>過去 %1 天沒有到期的追蹤事項（今日到期且未完成的尚未計入）。</translation>
    </message>
    <message>
        <source>%1-month</source>
        <translation>%1 個月</translation>
    </message>
    <message>
        <source>policies issued %1 to %2 months ago</source>
        <translation>%1 到 %2 個月前生效的保單</translation>
    </message>
    <message>
        <source>no policies</source>
        <translation>沒有保單</translation>
    </message>
    <message>
        <source>No %1, so there is nothing to measure.</source>
        <translation>沒有%1，因此無從計算。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>No claim was paid in the last 12 months.</source>
        <translation>過去 12 個月沒有已給付的理賠。</translation>
    </message>
    <message>
        <source>No claim paid in the last 12 months</source>
        <translation>過去 12 個月沒有理賠給付</translation>
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
        <translation>過去 12 個月 %1 件已給付理賠的中位數</translation>
    </message>
    <message>
        <source>From the day a claim was reported to the day it was paid: the median of the %1 claims paid in the last %2 days.</source>
        <translation>從理賠申報日到給付日：過去 %2 天內 %1 件已給付理賠的中位數。</translation>
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
        <translation>出生日期以 年-月-日 輸入，例：1985-03-27；未提供時請留空。</translation>
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
        <translation>未設定</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>第 %1 類</translation>
    </message>
    <message>
        <source>e.g. 1,200,000</source>
        <translation>例：1,200,000</translation>
    </message>
    <message>
        <source>Smokes</source>
        <translation>吸菸</translation>
    </message>
    <message>
        <source>Agrees to be contacted about offers</source>
        <translation>同意接收行銷聯繫</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>儲存變更（%1）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Go back to the details as last saved</source>
        <translation>回到上次儲存的資料</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
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
        <translation>性別(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>職業與收入</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>職業(&amp;O)：</translation>
    </message>
    <message>
        <source>Occupation &amp;class:</source>
        <translation>職業類別(&amp;C)：</translation>
    </message>
    <message>
        <source>Annual &amp;income:</source>
        <translation>年收入(&amp;I)：</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>與您的往來</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>階段(&amp;T)：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>介紹人：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>備註(&amp;S)：</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Tiers are computed from premiums, policies, tenure and referrals; they cannot be set by hand.</source>
        <translation>等級依保費、保單、往來年資與轉介紹計算，無法手動設定。</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, e.g. 1985-03-27.</source>
        <translation>請以 年-月-日 輸入日期，例：1985-03-27。</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 歲</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>標示完成</translation>
    </message>
    <message>
        <source>e.g. Paid by transfer; will call back Friday</source>
        <translation>例：已轉帳繳費；週五回電</translation>
    </message>
    <message>
        <source>No contact — just mark it done</source>
        <translation>未聯絡 — 只標示完成</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>記錄為</translation>
    </message>
    <message>
        <source>This task has no client, so nothing is logged on a timeline.</source>
        <translation>此工作沒有對應客戶，因此不會記入往來紀錄。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the office</source>
        <translation>向總公司註冊</translation>
    </message>
    <message>
        <source>This book is enrolled with %1 as %2. Enrolling again with a new code replaces this computer&apos;s device token; changes waiting here are kept.</source>
        <translation>此客戶簿已以 %2 的身分向 %1 註冊。用新代碼重新註冊會取代這台電腦的裝置憑證；尚待上傳的變更會保留。</translation>
    </message>
    <message>
        <source>Connect this book to your office, so your clients are backed up there and reach your other devices. Ask the office for a one-time code: it works once.</source>
        <translation>將此客戶簿連線到總公司，客戶資料就會備份到總公司，並同步到您的其他裝置。請向總公司索取一次性代碼：只能使用一次。</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>總公司位址(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. http://office:8765</source>
        <translation>例：http://office:8765</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>As the office gave it to you</source>
        <translation>照總公司提供的輸入</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>註冊(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the office&apos;s address, e.g. http://office:8765.</source>
        <translation>請輸入總公司位址，例：http://office:8765。</translation>
    </message>
    <message>
        <source>The address starts with http:// or https://.</source>
        <translation>位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <source>Enter the one-time code the office gave you.</source>
        <translation>請輸入總公司給您的一次性代碼。</translation>
    </message>
    <message>
        <source>Contacting the office…</source>
        <translation>正在連線總公司…</translation>
    </message>
    <message>
        <source>Queueing your book for upload: %1 of %2</source>
        <translation>正在排入客戶簿等待上傳：%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2. The device token is kept %3.</source>
        <translation>已以 %2 的身分向 %1 註冊。裝置憑證保存在%3。</translation>
    </message>
    <message>
        <source>1 record is queued for upload</source>
        <translation>1 筆資料等待上傳</translation>
    </message>
    <message>
        <source>%1 records are queued for upload</source>
        <translation>%1 筆資料等待上傳</translation>
    </message>
    <message>
        <source>; the first sync starts now.</source>
        <translation>；第一次同步現在開始。</translation>
    </message>
    <message>
        <source>Changes waiting here go up with the sync that starts now.</source>
        <translation>等待中的變更會隨即將開始的同步上傳。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cannot reach an office at %1. Check the address and that you are connected to the office&apos;s network.</source>
        <translation>無法連線到 %1 的總公司。請檢查位址，並確認已連上總公司的網路。</translation>
    </message>
    <message>
        <source>%1 answered, but not as an Agent Desk office. Check the address.</source>
        <translation>%1 有回應，但不是 Agent Desk 總公司伺服器。請檢查位址。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <source>A CSV file that Excel opens with Chinese intact (UTF-8 with BOM).</source>
        <translation>Excel 開啟時中文不會亂碼的 CSV 檔案（含 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>保單(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>追蹤事項(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>儲存為(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>請選擇檔案儲存位置。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>Exported 1 client to %2.</source>
        <translation>已匯出 1 位客戶到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 clients to %2.</source>
        <translation>已匯出 %1 位客戶到 %2。</translation>
    </message>
    <message>
        <source>Exported 1 policy to %2.</source>
        <translation>已匯出 1 張保單到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 policies to %2.</source>
        <translation>已匯出 %1 張保單到 %2。</translation>
    </message>
    <message>
        <source>Exported 1 follow-up to %2.</source>
        <translation>已匯出 1 項追蹤事項到 %2。</translation>
    </message>
    <message>
        <source>Exported %1 follow-ups to %2.</source>
        <translation>已匯出 %1 項追蹤事項到 %2。</translation>
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
        <translation>身分</translation>
    </message>
    <message>
        <source>Create household</source>
        <translation>建立家庭</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>身分：</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Is their</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Add relation…</source>
        <translation>新增關係…</translation>
    </message>
    <message>
        <source>No relations recorded.</source>
        <translation>尚未記錄任何關係。</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>人際關係</translation>
    </message>
    <message>
        <source>Referred by this client:</source>
        <translation>此客戶介紹的人：</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>目前還沒有。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介紹</translation>
    </message>
    <message>
        <source>Not in a household yet.</source>
        <translation>尚未加入家庭。</translation>
    </message>
    <message>
        <source>Referred by: nobody recorded</source>
        <translation>介紹人：未記錄</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>介紹人：</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>加入家庭</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>新增關係</translation>
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
        <translation>目前沒有需求可顯示。</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Existing cover</source>
        <translation>現有保障</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>本規劃</translation>
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
        <translation>現有保障：%1</translation>
    </message>
    <message>
        <source>This plan: %1</source>
        <translation>本規劃：%1</translation>
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
        <translation>匯入 1 位客戶</translation>
    </message>
    <message>
        <source>Import %1 clients</source>
        <translation>匯入 %1 位客戶</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>Imported 1 client.</source>
        <translation>已匯入 1 位客戶。</translation>
    </message>
    <message>
        <source>Imported %1 clients.</source>
        <translation>已匯入 %1 位客戶。</translation>
    </message>
    <message>
        <source>Skipped 1 likely duplicate.</source>
        <translation>略過 1 位可能重複的客戶。</translation>
    </message>
    <message>
        <source>Skipped %1 likely duplicates.</source>
        <translation>略過 %1 位可能重複的客戶。</translation>
    </message>
    <message>
        <source>Left out 1 row with errors.</source>
        <translation>略過 1 列有錯誤的資料。</translation>
    </message>
    <message>
        <source>Left out %1 rows with errors.</source>
        <translation>略過 %1 列有錯誤的資料。</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>按 Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Line</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Errors and duplicates</source>
        <translation>錯誤與重複</translation>
    </message>
    <message>
        <source>Same phone as %1</source>
        <translation>與 %1 電話相同</translation>
    </message>
    <message>
        <source>Same e-mail as %1</source>
        <translation>與 %1 電子郵件相同</translation>
    </message>
    <message>
        <source>Same ID number as %1</source>
        <translation>與 %1 身分證字號相同</translation>
    </message>
    <message>
        <source>%1 (in your book)</source>
        <translation>%1（在您的客戶簿中）</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 列（%2）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>重複？</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可匯入</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <source>Insured</source>
        <translation>被保險人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保額</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年繳</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>每期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>保障期間</translation>
    </message>
    <message>
        <source>Pay years</source>
        <translation>繳費年期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>繳別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Not eligible: {0}</source>
        <translation>不可投保：{0}</translation>
    </message>
    <message>
        <source>on premium</source>
        <translation>依保費</translation>
    </message>
    <message>
        <source>Priced as a share of the base product&apos;s premium</source>
        <translation>以主約保費的比例計價</translation>
    </message>
    <message>
        <source>From {0:,} to {1:,}, in steps of {2:,}</source>
        <translation>從 {0:,} 到 {1:,}，每級 {2:,}</translation>
    </message>
    <message>
        <source>as base</source>
        <translation>同主約</translation>
    </message>
    <message>
        <source>to age {0}</source>
        <translation>至 {0} 歲</translation>
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
        <translation>語言 Language(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Agent Desk speaks the new language after a restart.</source>
        <translation>Agent Desk 重新啟動後就會使用新的語言。</translation>
    </message>
    <message>
        <source>Restart now? You are asked about unsaved changes first.</source>
        <translation>要現在重新啟動嗎？若有未儲存的變更會先詢問您。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Select a client on the left, or press Ctrl+N to add one.</source>
        <translation>請在左側選擇客戶，或按 Ctrl+N 新增客戶。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>規劃</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>轉介紹</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>刪除客戶</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Load product catalog…</source>
        <translation>載入商品目錄…</translation>
    </message>
    <message>
        <source>Design plan</source>
        <translation>設計規劃</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新增工作…</translation>
    </message>
    <message>
        <source>Export follow-ups to calendar…</source>
        <translation>匯出追蹤事項到行事曆…</translation>
    </message>
    <message>
        <source>Tier rules…</source>
        <translation>等級規則…</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的資料…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Enrol with the office…</source>
        <translation>向總公司註冊…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>備份…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>變更密碼…</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>以密碼保護…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <source>Import clients…</source>
        <translation>匯入客戶…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>客戶簿(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Today&apos;s backup is at %1</source>
        <translation>今日的備份位於 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日備份失敗：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Start a new client and lose them?</source>
        <translation>您正在編輯的客戶有未儲存的變更。要新增客戶並放棄這些變更嗎？</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Open another client and lose them?</source>
        <translation>您正在編輯的客戶有未儲存的變更。要開啟其他客戶並放棄這些變更嗎？</translation>
    </message>
    <message>
        <source>The client is back in the list.</source>
        <translation>客戶已回到清單中。</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>客戶已儲存。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Deleted %1. Press Ctrl+Z to undo.</source>
        <translation>已刪除 %1。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日 (%1)</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today</source>
        <translation>%1 項逾期，%2 項今日到期</translation>
    </message>
    <message>
        <source>Sync (%1)</source>
        <translation>同步 (%1)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>目前的密碼不正確；沒有任何變更。</translation>
    </message>
    <message>
        <source>The client you are editing has unsaved changes. Close anyway and lose them?</source>
        <translation>您正在編輯的客戶有未儲存的變更。仍要關閉並放棄這些變更嗎？</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>未儲存的規劃</translation>
    </message>
    <message>
        <source>The plan you are designing is not saved. Close anyway and lose the changes?</source>
        <translation>您正在設計的規劃尚未儲存。仍要關閉並放棄變更嗎？</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Benefit</source>
        <translation>保障項目</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>現有</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>本規劃</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>Needs and gaps</source>
        <translation>需求與缺口</translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation>分析假設…</translation>
    </message>
    <message>
        <source>The figures and rules the needs are worked out with</source>
        <translation>計算需求所用的數值與規則</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>未計入：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>earner</source>
        <translation>經濟支柱</translation>
    </message>
    <message>
        <source>dependant</source>
        <translation>受扶養者</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Existing: %1 %2</source>
        <translation>現有：%1 %2</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新增申訴</translation>
    </message>
    <message>
        <source>What the client complains about</source>
        <translation>客戶申訴的內容</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>申訴：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保單：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收件日：</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>回覆期限：</translation>
    </message>
    <message>
        <source>The office&apos;s usual time to answer a complaint; change it if a rule or a promise to the client says otherwise</source>
        <translation>公司回覆申訴的一般期限；若法規或對客戶的承諾另有規定，請修改</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New service request</source>
        <translation>新增保全申請</translation>
    </message>
    <message>
        <source>What the client asks for</source>
        <translation>客戶申請的事項</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>申請事項：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保單：</translation>
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
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新增工作</translation>
    </message>
    <message>
        <source>e.g. Send the hospital cash brochure</source>
        <translation>例：寄送住院日額的商品簡介</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>無客戶</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增工作</translation>
    </message>
    <message>
        <source>Task for which client?</source>
        <translation>這項工作是哪位客戶的？</translation>
    </message>
    <message>
        <source>None — a task of your own</source>
        <translation>無 — 您自己的工作</translation>
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
        <translation>選填</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>申請金額：%1</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步驟：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Amount paid:</source>
        <translation>給付金額：</translation>
    </message>
    <message>
        <source>Type the amount paid, e.g. 38,200.</source>
        <translation>請輸入給付金額，例：38,200。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>以密碼保護</translation>
    </message>
    <message>
        <source>Your book and its backups are encrypted on disk: a lost laptop gives nobody your clients&apos; records. Without the passphrase the book cannot be opened, by anyone; keep it somewhere safe.</source>
        <translation>您的客戶簿及其備份會在磁碟上加密：即使筆電遺失，也沒有人能取得客戶資料。沒有密碼，任何人都無法開啟客戶簿；請妥善保管密碼。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在這台電腦記住（存於系統金鑰圈）</translation>
    </message>
    <message>
        <source>This computer has no secure keyring to keep the key in</source>
        <translation>這台電腦沒有可保存金鑰的安全金鑰圈</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>目前的密碼：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>Lock after, unused:</source>
        <translation>閒置多久後鎖定：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters, and no space at either end.</source>
        <translation>
            <numerusform>密碼至少需要 %n 個字元，且頭尾不能有空格。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>兩次輸入的新密碼不同。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>The document has no pages to print.</source>
        <translation>文件沒有可列印的頁面。</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>無法開啟印表機。</translation>
    </message>
    <message>
        <source>Printing stopped after {0} of {1} pages.</source>
        <translation>列印在第 {0} 頁（共 {1} 頁）後中止。</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Recommended</source>
        <translation>建議方案</translation>
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
        <translation>保障規劃</translation>
    </message>
    <message>
        <source>Choose client…</source>
        <translation>選擇客戶…</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已存規劃</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新規劃</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>新增方案</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>移除方案</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>方案名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>e.g. 10,000</source>
        <translation>例：10,000</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
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
        <translation>未設定預算</translation>
    </message>
    <message>
        <source>Suggest a plan</source>
        <translation>建議規劃</translation>
    </message>
    <message>
        <source>Pick products and sums that close the most important gaps within the budget</source>
        <translation>在預算內挑選商品與保額，補足最重要的保障缺口</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected product and its riders (Delete)</source>
        <translation>移除所選商品及其附約（Delete）</translation>
    </message>
    <message>
        <source>Press Suggest a plan to see the choice explained here.</source>
        <translation>按「建議規劃」，這裡會說明挑選的理由。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>儲存規劃</translation>
    </message>
    <message>
        <source>Save every alternative of this plan (Ctrl+S)</source>
        <translation>儲存此規劃的所有方案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Create pending policies</source>
        <translation>建立待生效保單</translation>
    </message>
    <message>
        <source>Turn an accepted plan&apos;s products into pending policies</source>
        <translation>將已接受規劃的商品轉為待生效保單</translation>
    </message>
    <message>
        <source>Print proposal…</source>
        <translation>列印建議書…</translation>
    </message>
    <message>
        <source>A PDF proposal of this plan and its alternatives for the client meeting (Ctrl+Shift+P)</source>
        <translation>為客戶會面製作此規劃及各方案的 PDF 建議書（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} alternative(s)</source>
        <translation>{0} · {1} · {2} 個方案</translation>
    </message>
    <message>
        <source>No saved plan yet</source>
        <translation>尚無已存規劃</translation>
    </message>
    <message>
        <source>Choose a client to design a plan for the client&apos;s household.</source>
        <translation>選擇客戶，為其家庭設計保障規劃。</translation>
    </message>
    <message>
        <source>Protection plan for {0}</source>
        <translation>{0} 的保障規劃</translation>
    </message>
    <message>
        <source>{0} people in the household · catalog {1} {2} ({3})</source>
        <translation>家庭 {0} 人 · 商品目錄 {1} {2}（{3}）</translation>
    </message>
    <message>
        <source>{0} policies not counted as existing cover</source>
        <translation>{0} 張保單未計入現有保障</translation>
    </message>
    <message>
        <source>Save plan *</source>
        <translation>儲存規劃 *</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>未儲存的規劃</translation>
    </message>
    <message>
        <source>This plan has changes that are not saved. Discard them?</source>
        <translation>此規劃有尚未儲存的變更。要放棄嗎？</translation>
    </message>
    <message>
        <source>The needs analysis cannot run: {0}</source>
        <translation>無法進行需求分析：{0}</translation>
    </message>
    <message>
        <source>Total {0} a year · paid {1} a year</source>
        <translation>合計每年 {0} · 每年實繳 {1}</translation>
    </message>
    <message>
        <source>{0} not eligible, left out of the totals</source>
        <translation>{0} 項不可投保，未計入合計</translation>
    </message>
    <message>
        <source>Uses {0} of {1} {2} ({3}%)</source>
        <translation>{2}預算 {1}，已用 {0}（{3}%）</translation>
    </message>
    <message>
        <source>The budget must be an amount above zero, e.g. 10,000.</source>
        <translation>預算必須是大於零的金額，例：10,000。</translation>
    </message>
    <message>
        <source>Alternative {0}</source>
        <translation>方案 {0}</translation>
    </message>
    <message>
        <source>Remove the alternative “{0}”?</source>
        <translation>要移除方案「{0}」嗎？</translation>
    </message>
    <message>
        <source>Set a budget first: the suggestion fits the plan into it.</source>
        <translation>請先設定預算：建議規劃會控制在預算之內。</translation>
    </message>
    <message>
        <source>Replace the products of “{0}” with a suggestion?</source>
        <translation>要以建議取代「{0}」的商品嗎？</translation>
    </message>
    <message>
        <source>No suggestion: {0}</source>
        <translation>無法建議：{0}</translation>
    </message>
    <message>
        <source>Add products to the plan before printing its proposal.</source>
        <translation>請先在規劃中加入商品，再列印建議書。</translation>
    </message>
    <message>
        <source>Print proposal</source>
        <translation>列印建議書</translation>
    </message>
    <message>
        <source>A proposal prints the saved plan. Save the plan now and print its proposal?</source>
        <translation>建議書會列印已儲存的規劃。要現在儲存規劃並列印建議書嗎？</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>規劃已儲存</translation>
    </message>
    <message>
        <source>The plan was not saved: {0}</source>
        <translation>規劃未儲存：{0}</translation>
    </message>
    <message>
        <source>Save the plan as accepted first; then its products become pending policies.</source>
        <translation>請先將規劃儲存為已接受；其商品才會轉為待生效保單。</translation>
    </message>
    <message>
        <source>Create a pending policy for each product and rider of “{0}”?</source>
        <translation>要為「{0}」的每項商品與附約建立待生效保單嗎？</translation>
    </message>
    <message>
        <source>{0} pending policies created</source>
        <translation>已建立 {0} 張待生效保單</translation>
    </message>
    <message>
        <source>Design a plan for</source>
        <translation>設計規劃的對象</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Load product catalog</source>
        <translation>載入商品目錄</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>商品目錄檔 (*.json)</translation>
    </message>
    <message>
        <source>Catalog {0} {1} loaded: {2} products</source>
        <translation>已載入商品目錄 {0} {1}：{2} 項商品</translation>
    </message>
    <message>
        <source>Catalog refused</source>
        <translation>商品目錄被拒絕</translation>
    </message>
    <message>
        <source>The catalog was not loaded; the current one stays in use.

{0}</source>
        <translation>商品目錄未載入；繼續使用目前的目錄。

{0}</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年繳</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半年繳</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季繳</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月繳</translation>
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
        <translation>醫療</translation>
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
        <translation>住院日額</translation>
    </message>
    <message>
        <source>Premium waiver</source>
        <translation>豁免保費</translation>
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
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Income replacement: %1 a year × %2 × %3 years (until the youngest child is %4) = %5</source>
        <translation>收入替代：每年 %1 × %2 × %3 年（至最小的子女 %4 歲）= %5</translation>
    </message>
    <message>
        <source>Income replacement: %1 a year × %2 × %3 years (the least for a dependant spouse, parent or child of unknown age) = %4</source>
        <translation>收入替代：每年 %1 × %2 × %3 年（受扶養配偶、父母或年齡不詳子女的最低年數）= %4</translation>
    </message>
    <message>
        <source>Income replacement: none, nobody depends on this income</source>
        <translation>收入替代：無，沒有人依靠這份收入</translation>
    </message>
    <message>
        <source>%1&apos;s age is unknown: their family is counted as needing at least %2 years of income</source>
        <translation>%1 的年齡不詳：其家庭以至少需要 %2 年收入計算</translation>
    </message>
    <message>
        <source>Mortgage: %1</source>
        <translation>房貸：%1</translation>
    </message>
    <message>
        <source>Mortgage share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>房貸分攤：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Other debts: %1</source>
        <translation>其他負債：%1</translation>
    </message>
    <message>
        <source>Other debts share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>其他負債分攤：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Children&apos;s education: %1 per child × %2 = %3</source>
        <translation>子女教育金：每位 %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Children&apos;s education share: %1 per child × %2 × %3 (%4 of the household&apos;s %5 income) = %6</source>
        <translation>子女教育金分攤：每位 %1 × %2 × %3（家庭收入 %5 中的 %4）= %6</translation>
    </message>
    <message>
        <source>Less liquid savings: %1</source>
        <translation>減去可動用存款：%1</translation>
    </message>
    <message>
        <source>Less liquid savings share: %1 × %2 (%3 of the household&apos;s %4 income) = %5</source>
        <translation>減去可動用存款分攤：%1 × %2（家庭收入 %4 中的 %3）= %5</translation>
    </message>
    <message>
        <source>Final expenses (funeral and estate): %1</source>
        <translation>身後費用（喪葬與遺產）：%1</translation>
    </message>
    <message>
        <source>Critical illness: %1 a year × %2 years of treatment and recovery = %3</source>
        <translation>重大疾病：每年 %1 × %2 年治療與康復期 = %3</translation>
    </message>
    <message>
        <source>Critical illness: the standard %1 for someone without income</source>
        <translation>重大疾病：無收入者的標準保額 %1</translation>
    </message>
    <message>
        <source>Medical: a hospital limit of %1 a year</source>
        <translation>醫療：每年住院限額 %1</translation>
    </message>
    <message>
        <source>Accident: %1 a year × %2 = %3</source>
        <translation>意外：每年 %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Accident: half the standard %1 for a child aged %2 = %3</source>
        <translation>意外：%2 歲子女為標準保額 %1 的一半 = %3</translation>
    </message>
    <message>
        <source>Accident: the standard %1 for someone without income</source>
        <translation>意外：無收入者的標準保額 %1</translation>
    </message>
    <message>
        <source>Retirement: %1 a year × %2 = %3 a year for %4 years (age %5 to %6) = %7</source>
        <translation>退休：每年 %1 × %2 = 每年 %3，共 %4 年（%5 歲至 %6 歲）= %7</translation>
    </message>
    <message>
        <source>Retirement: %1 a year × %2 = %3, less a pension of %4, leaves %5 a year for %6 years (age %7 to %8) = %9</source>
        <translation>退休：每年 %1 × %2 = %3，減去退休金 %4，每年尚缺 %5，共 %6 年（%7 歲至 %8 歲）= %9</translation>
    </message>
    <message>
        <source>Retirement: no income to replace</source>
        <translation>退休：沒有需要替代的收入</translation>
    </message>
    <message>
        <source>Less retirement savings: %1</source>
        <translation>減去已備退休金：%1</translation>
    </message>
    <message>
        <source>Retirement: not worked out, the birth date is unknown</source>
        <translation>退休：出生日期不詳，無法計算</translation>
    </message>
    <message>
        <source>Retirement: not planned before age %1 (now %2)</source>
        <translation>退休：%1 歲前不做規劃（目前 %2 歲）</translation>
    </message>
    <message>
        <source>Retirement: already %1, the retirement age is %2</source>
        <translation>退休：已 %1 歲，退休年齡為 %2 歲</translation>
    </message>
    <message>
        <source>Education fund for a child aged %1: %2</source>
        <translation>%1 歲子女的教育金：%2</translation>
    </message>
    <message>
        <source>Education fund for a child: %1</source>
        <translation>子女教育金：%1</translation>
    </message>
    <message>
        <source>Education: only for children who depend on the family</source>
        <translation>教育金：只計入受家庭扶養的子女</translation>
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
        <translation>醫療保障</translation>
    </message>
    <message>
        <source>accident cover</source>
        <translation>意外保障</translation>
    </message>
    <message>
        <source>retirement savings</source>
        <translation>退休儲蓄</translation>
    </message>
    <message>
        <source>education savings</source>
        <translation>教育儲蓄</translation>
    </message>
    <message>
        <source>the budget ran out</source>
        <translation>預算已用完</translation>
    </message>
    <message>
        <source>the product&apos;s largest sum assured was reached</source>
        <translation>已達商品最高保額</translation>
    </message>
    <message>
        <source>no product in the catalog accepts this person for it</source>
        <translation>商品目錄中沒有可承保此人的商品</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 fully covered with %4 (%5).</source>
        <translation>%1：%2缺口 %3，已由 %4 完全補足（%5）。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 covered %4 with %5; %6 left because %7.</source>
        <translation>%1：%2缺口 %3，由 %5 補足 %4；尚缺 %6，因為%7。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 covered %4 with %5; %6 left.</source>
        <translation>%1：%2缺口 %3，由 %5 補足 %4；尚缺 %6。</translation>
    </message>
    <message>
        <source>%1: %2 gap of %3 not covered because %4.</source>
        <translation>%1：%2缺口 %3 未補足，因為%4。</translation>
    </message>
    <message>
        <source>rider %1: %2</source>
        <translation>附約 %1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>product %1 is not in catalog %2</source>
        <translation>商品 %1 不在商品目錄 %2 中</translation>
    </message>
    <message>
        <source>the birth date is after the quote date</source>
        <translation>出生日期晚於報價日期</translation>
    </message>
    <message>
        <source>%1 is a base product, not a rider</source>
        <translation>%1 是主約，不是附約</translation>
    </message>
    <message>
        <source>a sum assured is required</source>
        <translation>必須填寫保額</translation>
    </message>
    <message>
        <source>sum assured %1 is below the minimum %2</source>
        <translation>保額 %1 低於最低保額 %2</translation>
    </message>
    <message>
        <source>sum assured %1 is above the maximum %2</source>
        <translation>保額 %1 高於最高保額 %2</translation>
    </message>
    <message>
        <source>sum assured %1 is not %2 plus a multiple of %3</source>
        <translation>保額 %1 不是 %2 加上 %3 的倍數</translation>
    </message>
    <message>
        <source>age %1 plus the base&apos;s term %2 passes the rider&apos;s expiry age %3</source>
        <translation>%1 歲加上主約保障期間 %2 年，超過附約的期滿年齡 %3 歲</translation>
    </message>
    <message>
        <source>age %1 plus term %2 passes the expiry age %3</source>
        <translation>%1 歲加上保障期間 %2 年，超過期滿年齡 %3 歲</translation>
    </message>
    <message>
        <source>%1 is priced on the base premium and takes no sum assured</source>
        <translation>%1 依主約保費計價，不需填寫保額</translation>
    </message>
    <message>
        <source>age %1 is outside the issue ages %2</source>
        <translation>%1 歲不在投保年齡 %2 歲之內</translation>
    </message>
    <message>
        <source>choose a term: %1</source>
        <translation>請選擇保障期間：%1</translation>
    </message>
    <message>
        <source>a term of %1 years is not offered (%2)</source>
        <translation>不提供 %1 年的保障期間（%2）</translation>
    </message>
    <message>
        <source>%1 covers to age %2 and has no term to choose</source>
        <translation>%1 保障至 %2 歲，無法選擇保障期間</translation>
    </message>
    <message>
        <source>%1 is paid over its whole term</source>
        <translation>%1 需全期繳費</translation>
    </message>
    <message>
        <source>choose a payment term: %1</source>
        <translation>請選擇繳費年期：%1</translation>
    </message>
    <message>
        <source>a payment term of %1 years is not offered (%2)</source>
        <translation>不提供 %1 年的繳費年期（%2）</translation>
    </message>
    <message>
        <source>a payment term of %1 years is longer than the cover</source>
        <translation>%1 年的繳費年期長於保障期間</translation>
    </message>
    <message>
        <source>%1 payment is not offered (%2)</source>
        <translation>不提供%1（%2）</translation>
    </message>
    <message>
        <source>no rate for %1</source>
        <translation>沒有適用的費率：%1</translation>
    </message>
    <message>
        <source>%1 is a rider and needs a base product</source>
        <translation>%1 是附約，需要附加在主約上</translation>
    </message>
    <message>
        <source>%1 does not take the %2 rider</source>
        <translation>%1 不能附加 %2 附約</translation>
    </message>
    <message>
        <source>the insured person is not in this plan&apos;s household</source>
        <translation>被保險人不在此規劃的家庭中</translation>
    </message>
    <message>
        <source>%1&apos;s sex and birth date are needed to price cover</source>
        <translation>需要 %1 的性別與出生日期才能計算保費</translation>
    </message>
    <message>
        <source>sex and birth date are needed</source>
        <translation>需要性別與出生日期</translation>
    </message>
    <message>
        <source>its base product is no longer in the plan</source>
        <translation>其主約已不在規劃中</translation>
    </message>
    <message>
        <source>its base product is not eligible</source>
        <translation>其主約不可投保</translation>
    </message>
    <message>
        <source>a rider must insure the same person as its base</source>
        <translation>附約的被保險人必須與主約相同</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>No policies yet. Policies this client holds or is insured under appear here.</source>
        <translation>還沒有保單。此客戶擔任要保人或被保險人的保單會顯示在這裡。</translation>
    </message>
    <message>
        <source>Policies: %1  ·  in force: %2</source>
        <translation>保單：%1  ·  有效：%2</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>Policy no.</source>
        <translation>保單號碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>要保人</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保險人</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保額</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保費</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次應繳</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A name is required (in either script).</source>
        <translation>必須填寫姓名（英文或中文皆可）。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>The birth date is more than 130 years ago.</source>
        <translation>出生日期早於 130 年前。</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides.</source>
        <translation>電話號碼為 6 到 15 位數字，此外只能有 + ( ) - . # 或空格。</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>這不是電子郵件地址（name@example.com）。</translation>
    </message>
    <message>
        <source>Income cannot be negative.</source>
        <translation>收入不能是負數。</translation>
    </message>
    <message>
        <source>Occupation class is 1 to 6.</source>
        <translation>職業類別為 1 到 6。</translation>
    </message>
    <message>
        <source>A client cannot be referred, directly or not, by themselves.</source>
        <translation>客戶不能直接或間接由自己介紹。</translation>
    </message>
    <message>
        <source>This client already belongs to a household.</source>
        <translation>此客戶已屬於一個家庭。</translation>
    </message>
    <message>
        <source>This client already belongs to another household.</source>
        <translation>此客戶已屬於另一個家庭。</translation>
    </message>
    <message>
        <source>A client cannot be related to themselves.</source>
        <translation>客戶不能與自己建立關係。</translation>
    </message>
    <message>
        <source>Only a done or cancelled follow-up can be reopened.</source>
        <translation>只有已完成或已取消的追蹤事項可以重新開啟。</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>此追蹤事項已結束。</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>請延後到今天之後的日子。</translation>
    </message>
    <message>
        <source>Only an accepted plan becomes policies.</source>
        <translation>只有已接受的規劃才能轉為保單。</translation>
    </message>
    <message>
        <source>The plan has no products yet: add some before printing a proposal.</source>
        <translation>規劃中還沒有商品：請先加入商品再列印建議書。</translation>
    </message>
    <message>
        <source>The office decides this field; ask the office to change it</source>
        <translation>此欄位由總公司決定；請洽總公司修改</translation>
    </message>
    <message>
        <source>The record is no longer in your book</source>
        <translation>這筆資料已不在您的客戶簿中</translation>
    </message>
    <message>
        <source>Enter your name in My details: the proposal&apos;s cover prints them.</source>
        <translation>請在「我的資料」填寫您的姓名：建議書封面會印出。</translation>
    </message>
    <message>
        <source>Enter your licence number in My details: the proposal&apos;s cover prints them.</source>
        <translation>請在「我的資料」填寫您的登錄證字號：建議書封面會印出。</translation>
    </message>
    <message>
        <source>Enter your name and licence number in My details: the proposal&apos;s cover prints them.</source>
        <translation>請在「我的資料」填寫您的姓名與登錄證字號：建議書封面會印出。</translation>
    </message>
    <message>
        <source>The office did not accept this change (the record left your book); it can only be dismissed</source>
        <translation>總公司未接受此變更（這筆資料已離開您的客戶簿）；只能略過</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 個字元。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>「%1」不是金額。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (F or M; female/male and 女/男 also work)</source>
        <translation>「%1」不是性別（F 或 M；female/male 與 女/男 也可以）</translation>
    </message>
    <message>
        <source>%1 cannot be priced; fix or remove before issuing.</source>
        <translation>%1 無法計算保費；請先修正或移除再轉為保單。</translation>
    </message>
    <message>
        <source>A plan has at most %1 alternatives; remove one before restoring this one.</source>
        <translation>一個規劃最多有 %1 個方案；請先移除一個再還原此方案。</translation>
    </message>
    <message>
        <source>Version %1 of %2 was printed meanwhile: make the proposal again.</source>
        <translation>在此期間已產生 %2 的第 %1 版：請重新製作建議書。</translation>
    </message>
    <message>
        <source>A pending policy gives no cover yet; a claim needs an issued policy.</source>
        <translation>待生效保單尚未提供保障；理賠需要已生效的保單。</translation>
    </message>
    <message>
        <source>The incident date cannot be in the future.</source>
        <translation>事故日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>The incident happened before the policy was issued.</source>
        <translation>事故發生在保單生效之前。</translation>
    </message>
    <message>
        <source>A claim cannot be reported in the future.</source>
        <translation>理賠申報日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>A claim is reported on or after the incident.</source>
        <translation>理賠必須在事故當日或之後申報。</translation>
    </message>
    <message>
        <source>The amount claimed must be above zero.</source>
        <translation>申請金額必須大於零。</translation>
    </message>
    <message>
        <source>The claim is closed: a paid or declined claim takes no further step.</source>
        <translation>理賠已結案：已給付或已拒賠的理賠不能再有後續步驟。</translation>
    </message>
    <message>
        <source>This step cannot follow the claim&apos;s current one.</source>
        <translation>此步驟不能接在理賠目前的步驟之後。</translation>
    </message>
    <message>
        <source>A step cannot be dated in the future.</source>
        <translation>步驟日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the previous one.</source>
        <translation>步驟日期不能早於前一個步驟。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>請輸入給付金額。</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>給付金額不能是負數。</translation>
    </message>
    <message>
        <source>Only the payment step has an amount paid.</source>
        <translation>只有給付步驟才有給付金額。</translation>
    </message>
    <message>
        <source>Only the report is left; a report cannot be taken back.</source>
        <translation>只剩申報步驟；申報無法撤回。</translation>
    </message>
    <message>
        <source>Name the document.</source>
        <translation>請填寫文件名稱。</translation>
    </message>
    <message>
        <source>The claim already lists this document.</source>
        <translation>此理賠已列有這份文件。</translation>
    </message>
    <message>
        <source>A document cannot be received in the future.</source>
        <translation>文件收件日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>此日期不能是未來的日期。</translation>
    </message>
    <message>
        <source>The due date cannot be before the day it was opened.</source>
        <translation>到期日不能早於受理日。</translation>
    </message>
    <message>
        <source>Say what the outcome was.</source>
        <translation>請說明結果。</translation>
    </message>
    <message>
        <source>It cannot be closed before it was opened.</source>
        <translation>結案日不能早於受理日。</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>請說明申訴內容。</translation>
    </message>
    <message>
        <source>Choose one of this client&apos;s policies.</source>
        <translation>請選擇此客戶的一張保單。</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>此申請已結案。</translation>
    </message>
    <message>
        <source>This request is open already.</source>
        <translation>此申請已在處理中。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>此申訴已處理完成。</translation>
    </message>
    <message>
        <source>This complaint is open already.</source>
        <translation>此申訴已在處理中。</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal</source>
        <translation>建議書</translation>
    </message>
    <message>
        <source>Proposal for {0}</source>
        <translation>{0} 的建議書</translation>
    </message>
    <message>
        <source>Choose the client&apos;s language and the paper, then make the proposal. Each one is kept in the book as a new version.</source>
        <translation>選擇客戶的語言與紙張，然後製作建議書。每一份都會以新版本保存在客戶簿中。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Language of the proposal</source>
        <translation>建議書的語言</translation>
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
        <translation>紙張</translation>
    </message>
    <message>
        <source>Make proposal</source>
        <translation>製作建議書</translation>
    </message>
    <message>
        <source>Price the saved plan today and print it to a PDF (Ctrl+G)</source>
        <translation>以今日費率計算已存規劃並輸出為 PDF（Ctrl+G）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的資料…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>列印到紙本（Ctrl+P）</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>以 PDF 閱讀器開啟</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>Save the PDF as a file, e.g. to e-mail it (Ctrl+S)</source>
        <translation>將 PDF 存成檔案，例如用電子郵件寄出（Ctrl+S）</translation>
    </message>
    <message>
        <source>Gathering the plan…</source>
        <translation>正在彙整規劃…</translation>
    </message>
    <message>
        <source>Laying out the pages… %p%</source>
        <translation>正在排版… %p%</translation>
    </message>
    <message>
        <source>Keeping it in the book…</source>
        <translation>正在保存到客戶簿…</translation>
    </message>
    <message>
        <source>Proposal {0} version {1} printed</source>
        <translation>建議書 {0} 第 {1} 版已產生</translation>
    </message>
    <message>
        <source>Proposal {0}, version {1}</source>
        <translation>建議書 {0}，第 {1} 版</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} pages · catalog {4} · printed {5}</source>
        <translation>{0} · {1} · {2} · {3} 頁 · 商品目錄 {4} · 產生於 {5}</translation>
    </message>
    <message>
        <source>The proposal could not be made: {0}</source>
        <translation>無法製作建議書：{0}</translation>
    </message>
    <message>
        <source>Print proposal</source>
        <translation>列印建議書</translation>
    </message>
    <message>
        <source>Printing… %v of %m pages</source>
        <translation>列印中… 第 %v 頁，共 %m 頁</translation>
    </message>
    <message>
        <source>Proposal sent to the printer</source>
        <translation>建議書已送到印表機</translation>
    </message>
    <message>
        <source>No PDF viewer opened the file. It is at {0}</source>
        <translation>沒有 PDF 閱讀器開啟此檔案。檔案位於 {0}</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>儲存建議書</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Proposal saved as {0}</source>
        <translation>建議書已儲存為 {0}</translation>
    </message>
    <message>
        <source>The proposal was not saved as {0}: {1}</source>
        <translation>建議書未能儲存為 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Printed</source>
        <translation>產生日期</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建議書</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>規劃</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙張</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目錄</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Show the proposal exactly as it was printed</source>
        <translation>照當時產生的樣子顯示建議書</translation>
    </message>
    <message>
        <source>No proposal printed yet. Design a plan, then print its proposal from the plan designer.</source>
        <translation>還沒有建議書。請先設計規劃，再從規劃設計畫面列印建議書。</translation>
    </message>
</context>
<context>
    <name>ReferralReport</name>
    <message>
        <source>Referrals</source>
        <translation>轉介紹</translation>
    </message>
    <message>
        <source>Who brought the most business: the yearly premium of the clients each client referred, and of everyone those referred in turn.</source>
        <translation>誰帶來最多業績：每位客戶所介紹客戶的年繳保費，以及這些客戶再介紹的所有人的年繳保費。</translation>
    </message>
    <message>
        <source>Tier rules…</source>
        <translation>等級規則…</translation>
    </message>
    <message>
        <source>How tiers are computed and what service each tier gets</source>
        <translation>等級如何計算，以及各等級享有的服務</translation>
    </message>
    <message>
        <source>No client has referred anyone yet. Record who referred a client on their page, under Referred by.</source>
        <translation>還沒有客戶介紹過任何人。請在客戶頁面的「介紹人」記錄是誰介紹的。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>介紹人數</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>整條介紹鏈</translation>
    </message>
    <message>
        <source>Premium of referred</source>
        <translation>被介紹者保費</translation>
    </message>
    <message>
        <source>Premium of whole chain</source>
        <translation>整條介紹鏈保費</translation>
    </message>
    <message>
        <source>Everyone down the chain: the clients referred, the clients they referred, and so on</source>
        <translation>介紹鏈上的所有人：被介紹的客戶、他們再介紹的客戶，依此類推</translation>
    </message>
</context>
<context>
    <name>ReferrerField</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <source>Click to open this client</source>
        <translation>按一下開啟此客戶</translation>
    </message>
    <message>
        <source>Who referred this client is above, whom they referred below, family either side. Click a person to open them.</source>
        <translation>上方是此客戶的介紹人，下方是其介紹的人，家人在兩側。按一下人名即可開啟。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全圖</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>顯示整張關係圖</translation>
    </message>
    <message>
        <source>This client is not in the book.</source>
        <translation>此客戶不在客戶簿中。</translation>
    </message>
    <message>
        <source>Only the %1 nearest people are shown.</source>
        <translation>只顯示最近的 %1 人。</translation>
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
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>現在到期</translation>
    </message>
    <message>
        <source>1 follow-up due today</source>
        <translation>今日有 1 項追蹤到期</translation>
    </message>
    <message>
        <source>%1 follow-ups due today</source>
        <translation>今日有 %1 項追蹤到期</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 項逾期</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 項逾期</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>還有 1 項</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>還有 %1 項</translation>
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
        <translation>保單</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ReportClaimDialog</name>
    <message>
        <source>Report a claim</source>
        <translation>申報理賠</translation>
    </message>
    <message>
        <source>Optional, e.g. 45,000</source>
        <translation>選填，例：45,000</translation>
    </message>
    <message>
        <source>The insurer&apos;s number, if known</source>
        <translation>保險公司的編號（如已知）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故經過</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>保單：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Incident date:</source>
        <translation>事故日期：</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>申報日期：</translation>
    </message>
    <message>
        <source>Amount claimed:</source>
        <translation>申請金額：</translation>
    </message>
    <message>
        <source>Claim number:</source>
        <translation>理賠編號：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 45,000, or leave it empty.</source>
        <translation>請輸入金額，例：45,000，或留空。</translation>
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
        <translation>已申報</translation>
    </message>
    <message>
        <source>Documents collected</source>
        <translation>文件已齊</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已送件</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒賠</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已給付</translation>
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
        <translation>醫療</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Claim form</source>
        <translation>理賠申請書</translation>
    </message>
    <message>
        <source>Claimant&apos;s ID</source>
        <translation>申請人身分證明</translation>
    </message>
    <message>
        <source>Bank account proof</source>
        <translation>存摺封面影本</translation>
    </message>
    <message>
        <source>Medical receipts</source>
        <translation>醫療收據</translation>
    </message>
    <message>
        <source>Diagnosis certificate</source>
        <translation>診斷證明書</translation>
    </message>
    <message>
        <source>Hospital discharge summary</source>
        <translation>出院病歷摘要</translation>
    </message>
    <message>
        <source>Pathology or test report</source>
        <translation>病理或檢驗報告</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>死亡證明書</translation>
    </message>
    <message>
        <source>Household register (heirs)</source>
        <translation>戶籍謄本（繼承人）</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>報案證明</translation>
    </message>
    <message>
        <source>Disability assessment</source>
        <translation>失能鑑定</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>地址變更</translation>
    </message>
    <message>
        <source>Beneficiary change</source>
        <translation>受益人變更</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>繳費方式</translation>
    </message>
    <message>
        <source>Policy loan</source>
        <translation>保單借款</translation>
    </message>
    <message>
        <source>Surrender</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>復效</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>聯絡資料</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>其他申請</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已處理完成</translation>
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
        <translation>停滯：超過 %1</translation>
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
        <translation>新增申請…</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新增申訴…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>保全申請</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>No service requests.</source>
        <translation>沒有保全申請。</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>沒有申訴。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Outcome / notes</source>
        <translation>結果／備註</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 結案</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>%1 處理完成</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>處理完成…</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <source>No renewal premiums due in the next 30 days.</source>
        <translation>未來 30 天沒有到期的續期保費。</translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation>本週沒有客戶生日。</translation>
    </message>
    <message>
        <source>Greeting in</source>
        <translation>祝福語言</translation>
    </message>
    <message>
        <source>Greeting language</source>
        <translation>祝福語言</translation>
    </message>
    <message>
        <source>Each client&apos;s language</source>
        <translation>依各客戶的語言</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>複製祝福語</translation>
    </message>
    <message>
        <source>Put a birthday greeting for the selected client on the clipboard (Ctrl+C)</source>
        <translation>將所選客戶的生日祝福語複製到剪貼簿（Ctrl+C）</translation>
    </message>
    <message>
        <source>No claim has stalled. Claims that wait too long in a stage show here.</source>
        <translation>沒有停滯的理賠。在某個階段等待太久的理賠會顯示在這裡。</translation>
    </message>
    <message>
        <source>Renewals due in 30 days</source>
        <translation>30 天內到期的續期保費</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本週生日</translation>
    </message>
    <message>
        <source>Stalled claims</source>
        <translation>停滯的理賠</translation>
    </message>
    <message>
        <source>Select a client to see the greeting.</source>
        <translation>選擇客戶即可查看祝福語。</translation>
    </message>
    <message>
        <source>Greeting for %1 copied — paste it into your message.</source>
        <translation>已複製給 %1 的祝福語 — 貼到您的訊息中即可。</translation>
    </message>
</context>
<context>
    <name>StalledClaimModel</name>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>In this stage for %1 days, since %2</source>
        <translation>自 %2 起已在此階段 %1 天</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>in the system keyring (%1)</source>
        <translation>系統金鑰圈（%1）中</translation>
    </message>
    <message>
        <source>in %1, readable only by you</source>
        <translation>%1 中，只有您能讀取</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 筆等待中</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 個衝突</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 個衝突</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>不到一分鐘後</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分鐘後</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <translation>傳送中 %1 / %2</translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>傳送中 %1</translation>
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
        <translation>同步：檢查中…</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未註冊</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失敗</translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation>%1 — %2再試</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>需要更新</translation>
    </message>
    <message>
        <source>Device revoked — enrol again</source>
        <translation>裝置已被撤銷 — 請重新註冊</translation>
    </message>
    <message>
        <source>No device token — enrol again</source>
        <translation>沒有裝置憑證 — 請重新註冊</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Cannot reach the office. Your changes wait on this computer and go up once it answers.</source>
        <translation>無法連線總公司。您的變更會保留在這台電腦，等總公司回應後再上傳。</translation>
    </message>
    <message>
        <source>The office answered something Agent Desk does not understand. Check the office address; nothing was changed here.</source>
        <translation>總公司的回應 Agent Desk 無法解讀。請檢查總公司位址；這裡的資料沒有任何變更。</translation>
    </message>
    <message>
        <source>The office needs a newer Agent Desk. Update the app; your work stays on this computer meanwhile.</source>
        <translation>總公司需要較新版的 Agent Desk。請更新程式；在此之前您的資料會保留在這台電腦。</translation>
    </message>
    <message>
        <source>The office no longer accepts this computer. Ask the office for a new code and enrol again; your changes wait here.</source>
        <translation>總公司已不再接受這台電腦。請向總公司索取新代碼並重新註冊；您的變更會在這裡等待。</translation>
    </message>
    <message>
        <source>This computer has no device token for the office. Enrol again with a new code from the office; your changes wait here.</source>
        <translation>這台電腦沒有總公司的裝置憑證。請用總公司提供的新代碼重新註冊；您的變更會在這裡等待。</translation>
    </message>
    <message>
        <source>The office refused the code. A code works once and expires: ask the office for a new one.</source>
        <translation>總公司拒絕了此代碼。代碼只能使用一次且會過期：請向總公司索取新代碼。</translation>
    </message>
    <message>
        <source>The office refused: %1</source>
        <translation>總公司拒絕：%1</translation>
    </message>
    <message>
        <source>Sync stopped by a problem on this computer: %1</source>
        <translation>這台電腦發生問題，同步已停止：%1</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>我的資料</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Family tie</source>
        <translation>家庭關係</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>理賠</translation>
    </message>
    <message>
        <source>Claim step</source>
        <translation>理賠步驟</translation>
    </message>
    <message>
        <source>Claim document</source>
        <translation>理賠文件</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>保全申請</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>規劃</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>規劃項目</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建議書</translation>
    </message>
    <message>
        <source>The whole change</source>
        <translation>整筆變更</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Occupation class</source>
        <translation>職業類別</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Smoker</source>
        <translation>吸菸</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>服務業務員</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保單號碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sum assured</source>
        <translation>保額</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>年繳保費</translation>
    </message>
    <message>
        <source>Premium per payment</source>
        <translation>每期保費</translation>
    </message>
    <message>
        <source>Payment frequency</source>
        <translation>繳費方式</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Next premium due</source>
        <translation>下次應繳日</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>保障年期</translation>
    </message>
    <message>
        <source>Payment term (years)</source>
        <translation>繳費年期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>延後至</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>登錄證字號</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>申請金額</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>給付金額</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The office&apos;s</source>
        <translation>總公司的</translation>
    </message>
    <message>
        <source>A later edit</source>
        <translation>較晚的修改</translation>
    </message>
    <message>
        <source>This device&apos;s</source>
        <translation>本裝置的</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>The office decides this field: its value was kept, and only the office can change it.</source>
        <translation>此欄位由總公司決定：保留了總公司的值，只有總公司能修改。</translation>
    </message>
    <message>
        <source>A later edit, on another device or at the office, was kept.</source>
        <translation>保留了在其他裝置或總公司較晚的修改。</translation>
    </message>
    <message>
        <source>This device&apos;s later edit was kept over another device&apos;s.</source>
        <translation>保留了本裝置較晚的修改，而非其他裝置的修改。</translation>
    </message>
    <message>
        <source>The office did not accept the change: the record is no longer in your book (for example, the client moved to another agent).</source>
        <translation>總公司未接受此變更：這筆資料已不在您的客戶簿中（例如客戶已轉給其他業務員）。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已於 %1 刪除</translation>
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
        <translation>另一筆資料（%1…）</translation>
    </message>
    <message>
        <source>a file (%1 KB)</source>
        <translation>一個檔案（%1 KB）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>（無值）</translation>
    </message>
    <message>
        <source>Nothing: the office keeps the record for another agent</source>
        <translation>無：總公司將這筆資料保留給其他業務員</translation>
    </message>
    <message>
        <source>%1: the office did not accept your change.</source>
        <translation>%1：總公司未接受您的變更。</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>您的變更：%1</translation>
    </message>
    <message>
        <source>It can only be dismissed.</source>
        <translation>只能略過。</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>捨棄：%1</translation>
    </message>
    <message>
        <source>The lost value cannot be put back here.</source>
        <translation>捨棄的值無法在這裡復原。</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已傳送 %1 筆</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1 筆</translation>
    </message>
    <message>
        <source>%1 moved to another agent</source>
        <translation>%1 筆已轉給其他業務員</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 個衝突待檢視</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 個衝突待檢視</translation>
    </message>
    <message>
        <source>%1 not accepted</source>
        <translation>%1 筆未被接受</translation>
    </message>
    <message>
        <source>catalog %1 installed</source>
        <translation>已安裝商品目錄 %1</translation>
    </message>
    <message>
        <source>catalog not installed: %1</source>
        <translation>商品目錄未安裝：%1</translation>
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
        <translation>略過 %1 的衝突</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>與總公司同步</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits here and receive the office&apos;s changes (F9)</source>
        <translation>傳送這裡等待中的變更並接收總公司的變更（F9）</translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>註冊(&amp;N)…</translation>
    </message>
    <message>
        <source>Connect this book to the office with a one-time code</source>
        <translation>用一次性代碼將此客戶簿連線到總公司</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>總公司：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>業務員：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本裝置：</translation>
    </message>
    <message>
        <source>Device token:</source>
        <translation>裝置憑證：</translation>
    </message>
    <message>
        <source>Waiting to go up:</source>
        <translation>等待上傳：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Last try:</source>
        <translation>上次嘗試：</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>上次問題：</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>待檢視的衝突</translation>
    </message>
    <message>
        <source>When a field was changed here and elsewhere, one value is kept and the other is listed here. Put a lost value back, or dismiss the conflict once you have seen it.</source>
        <translation>當同一欄位在這裡和其他地方都被修改時，會保留其中一個值，另一個列在這裡。您可以復原捨棄的值，或在看過後略過此衝突。</translation>
    </message>
    <message>
        <source>Whose was kept</source>
        <translation>保留誰的</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>捨棄的值</translation>
    </message>
    <message>
        <source>The office decides some fields; otherwise the later edit is kept</source>
        <translation>部分欄位由總公司決定；其他則保留較晚的修改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>No conflicts to review. When the office keeps another value than yours, it is listed here so you can put yours back.</source>
        <translation>沒有待檢視的衝突。總公司保留了與您不同的值時，會列在這裡讓您復原自己的值。</translation>
    </message>
    <message>
        <source>&amp;Restore lost value</source>
        <translation>復原捨棄的值(&amp;R)</translation>
    </message>
    <message>
        <source>Put the lost value back as a new edit of yours; it goes to the office with the next sync (Ctrl+R)</source>
        <translation>將捨棄的值以您的新修改復原；下次同步時會送到總公司（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>略過(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the value as it is and take the conflict off the list (Delete)</source>
        <translation>維持目前的值，並將此衝突從清單移除（Delete）</translation>
    </message>
    <message>
        <source>E&amp;nrol again…</source>
        <translation>重新註冊(&amp;N)…</translation>
    </message>
    <message>
        <source>Not enrolled. Ask the office for a one-time code, then choose Enrol…</source>
        <translation>尚未註冊。請向總公司索取一次性代碼，然後選擇「註冊…」</translation>
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
        <translation>%1 筆變更</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 筆變更</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細資料：%1</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>待檢視的衝突（%1）</translation>
    </message>
    <message>
        <source>%1 is back to %2; it goes to the office with the next sync.</source>
        <translation>%1 已復原為 %2；下次同步時會送到總公司。</translation>
    </message>
    <message>
        <source>Dismissed the conflict of %1. Press Ctrl+Z to undo.</source>
        <translation>已略過 %1 的衝突。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Dismissed the conflict of %1.</source>
        <translation>已略過 %1 的衝突。</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>該衝突已不再待處理。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWatch</name>
    <message>
        <source>The sync status could not be read: %1</source>
        <translation>無法讀取同步狀態：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Values the office did not keep wait for your review on the Sync screen</source>
        <translation>總公司未保留的值正在「同步」畫面等您檢視</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>總公司：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Click for the Sync screen; F9 syncs now.</source>
        <translation>按一下開啟「同步」畫面；按 F9 立即同步。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>About</source>
        <translation>內容</translation>
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
        <translation>等級規則</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>A client&apos;s value is the yearly premium of their live policies, plus part of the premium of the clients they referred, and a smaller part for the clients those referred.</source>
        <translation>客戶的價值是其有效保單的年繳保費，加上其介紹客戶保費的一部分，以及再被介紹客戶保費的更小部分。</translation>
    </message>
    <message>
        <source>Tier A from a value of:</source>
        <translation>A 級的價值門檻：</translation>
    </message>
    <message>
        <source>Tier B from a value of:</source>
        <translation>B 級的價值門檻：</translation>
    </message>
    <message>
        <source>Referred premium counts at:</source>
        <translation>介紹保費計入比例：</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The clients they referred count at this share; the clients those referred at this share of it again</source>
        <translation>其介紹的客戶以此比例計入；再被介紹的客戶以此比例再乘一次計入</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠誠度</translation>
    </message>
    <message>
        <source>A client with at least:</source>
        <translation>客戶至少有：</translation>
    </message>
    <message>
        <source>live policies</source>
        <translation>張有效保單</translation>
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
        <translation>即升一級。</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Service by tier</source>
        <translation>各等級服務</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>Review every:</source>
        <translation>檢視週期：</translation>
    </message>
    <message>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <source>Gifts for:</source>
        <translation>送禮時機：</translation>
    </message>
    <message>
        <source>Keep these rules and recompute every client&apos;s tier</source>
        <translation>保存這些規則並重新計算每位客戶的等級</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Saving and recomputing every tier…</source>
        <translation>正在儲存並重新計算所有等級…</translation>
    </message>
    <message>
        <source>(their referrals at %1%)</source>
        <translation>（其介紹的客戶以 %1% 計入）</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Note (optional) — then click what happened</source>
        <translation>備註（選填）— 再按下發生的事項</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>記錄：</translation>
    </message>
    <message>
        <source>Log it now (%1), with the note typed above</source>
        <translation>立即記錄（%1），附上方輸入的備註</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Nothing logged yet. Calls, visits and gifts you log appear here.</source>
        <translation>還沒有任何紀錄。您記錄的電話、拜訪與送禮會顯示在這裡。</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>刪除紀錄…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>紀錄：%1</translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation>已記錄%1。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>刪除紀錄</translation>
    </message>
    <message>
        <source>Delete this entry (%1, %2) from the timeline?</source>
        <translation>要從往來紀錄刪除這筆紀錄（%1，%2）嗎？</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Renewal premium</source>
        <translation>續期保費</translation>
    </message>
    <message>
        <source>Lapse warning</source>
        <translation>停效警示</translation>
    </message>
    <message>
        <source>Policy anniversary</source>
        <translation>保單週年日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Deliver policy</source>
        <translation>遞送保單</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Claim follow-up</source>
        <translation>理賠追蹤</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>保單檢視</translation>
    </message>
    <message>
        <source>Festival gift</source>
        <translation>節慶送禮</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>保全申請</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Lunar New Year</source>
        <translation>農曆新年</translation>
    </message>
    <message>
        <source>Mid-Autumn</source>
        <translation>中秋</translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <translation>生日禮物</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>%1 gift</source>
        <translation>%1禮物</translation>
    </message>
    <message>
        <source>Tier %1 review</source>
        <translation>%1 級客戶檢視</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每週</translation>
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
        <translation>%1（%2，顯示前 %3 項）</translation>
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
        <translation>正在更新追蹤事項…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新增工作…</translation>
    </message>
    <message>
        <source>Add a task of your own, once or repeating (Ctrl+T)</source>
        <translation>新增您自己的工作，單次或重複（Ctrl+T）</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>匯出行事曆…</translation>
    </message>
    <message>
        <source>Save open follow-ups as an .ics file for your phone&apos;s calendar</source>
        <translation>將未完成的追蹤事項存成 .ics 檔，匯入手機行事曆</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done and log the contact (Ctrl+Enter)</source>
        <translation>將所選追蹤事項標示完成並記錄聯繫（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>延後</translation>
    </message>
    <message>
        <source>Hide it until a later day (Ctrl+Shift+S)</source>
        <translation>隱藏到之後的日子（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Give it another due date (Ctrl+R)</source>
        <translation>設定新的到期日（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>It is not needed: take it off the list (Delete)</source>
        <translation>不需要了：從清單移除（Delete）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 項逾期</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 項逾期</translation>
    </message>
    <message>
        <source>1 due today</source>
        <translation>1 項今日到期</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 項今日到期</translation>
    </message>
    <message>
        <source>1 this week</source>
        <translation>本週 1 項</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <translation>本週 %1 項</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Nothing overdue — well done.</source>
        <translation>沒有逾期事項 — 做得好。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日沒有到期事項。</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>Nothing due in the coming week.</source>
        <translation>未來一週沒有到期事項。</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>%1 logged on the timeline.</source>
        <translation>已在往來紀錄記錄%1。</translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>下一次已列入清單。</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天後</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下週</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>延後至 %1：%2。</translation>
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
        <translation>已新增工作：%1，%2 到期。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已復原。</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar file</source>
        <translation>將追蹤事項匯出成行事曆檔</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔 (*.ics)</translation>
    </message>
    <message>
        <source>1 follow-up exported to %2.</source>
        <translation>已匯出 1 項追蹤事項到 %2。</translation>
    </message>
    <message>
        <source>%1 follow-ups exported to %2.</source>
        <translation>已匯出 %1 項追蹤事項到 %2。</translation>
    </message>
    <message>
        <source>From %1 to %2; import the file into your phone&apos;s calendar.</source>
        <translation>從 %1 到 %2；請將檔案匯入手機行事曆。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Agent Desk is locked</source>
        <translation>Agent Desk 已鎖定</translation>
    </message>
    <message>
        <source>Your book is protected</source>
        <translation>您的客戶簿受密碼保護</translation>
    </message>
    <message>
        <source>Type the book&apos;s passphrase to go on.</source>
        <translation>請輸入客戶簿的密碼以繼續。</translation>
    </message>
    <message>
        <source>This backup is protected</source>
        <translation>此備份受密碼保護</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with. The restored book keeps your book&apos;s passphrase, or takes this one if your book has none.</source>
        <translation>請輸入製作此備份時的密碼。還原後的客戶簿沿用您客戶簿的密碼；若您的客戶簿未設密碼，則改用此密碼。</translation>
    </message>
    <message>
        <source>Type the passphrase that protects your client book.</source>
        <translation>請輸入保護客戶簿的密碼。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>在這台電腦記住</translation>
    </message>
    <message>
        <source>This computer has no secure keyring to keep the key in</source>
        <translation>這台電腦沒有可保存金鑰的安全金鑰圈</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>請先輸入密碼。</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>此密碼無法開啟。請再試一次。</translation>
    </message>
</context>
<context>
    <name>_OpeningDialog</name>
    <message>
        <source>No particular policy</source>
        <translation>不指定保單</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating a demo book…</source>
        <translation>正在建立示範客戶簿…</translation>
    </message>
    <message>
        <source>Your book is empty</source>
        <translation>客戶簿是空的</translation>
    </message>
    <message>
        <source>Your client book is empty. Create a demo book with sample clients, households and policies to explore Agent Desk? You can start your own book any time in another profile.</source>
        <translation>您的客戶簿是空的。要建立包含範例客戶、家庭與保單的示範客戶簿來試用 Agent Desk 嗎？您隨時可以在另一個設定檔中開始自己的客戶簿。</translation>
    </message>
    <message>
        <source>Agent Desk cannot open the book</source>
        <translation>Agent Desk 無法開啟客戶簿</translation>
    </message>
    <message>
        <source>Nothing was changed. Keep the file, and restore a backup or update Agent Desk.</source>
        <translation>沒有任何變更。請保留此檔案，並還原備份或更新 Agent Desk。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>還原備份…</translation>
    </message>
    <message>
        <source>Agent Desk books (*.sqlite3);;All files (*)</source>
        <translation>Agent Desk 客戶簿 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The book stays locked: it opens with its passphrase</source>
        <translation>客戶簿維持鎖定：需要密碼才能開啟</translation>
    </message>
    <message>
        <source>The book was upgraded; a backup of the old one is at %1</source>
        <translation>客戶簿已升級；舊版的備份位於 %1</translation>
    </message>
</context>
</TS>
