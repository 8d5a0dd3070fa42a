/// Traditional characters common in names and organisations, with the simplified characters
/// the mainland writes for them: staff in Hong Kong, Macao and Taiwan, and some older delegates,
/// type `劉東` for `刘东`. Foundation's `Traditional-Simplified` transform would need Foundation
/// here; this target stays without it, and names need far fewer characters than the full table.
enum ChineseVariants {
    static let simplified: [Unicode.Scalar: Unicode.Scalar] = {
        var out: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in pairs {
            var scalars = line.unicodeScalars.makeIterator()
            while let traditional = scalars.next(), let simple = scalars.next() { out[traditional] = simple }
        }
        return out
    }()

    /// Which characters of the Basic Multilingual Plane have a simplified one, a bit each: most
    /// characters of a name have none, and telling so from a bit costs far less than a hash.
    private static let inBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for u in simplified.keys where u.value < 0x10000 { bits[Int(u.value >> 6)] |= 1 << UInt64(u.value & 63) }
        return bits
    }()

    static func hasSimplified(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x10000 ? inBMP[Int(u.value >> 6)] & (1 << UInt64(u.value & 63)) != 0 : simplified[u] != nil
    }

    /// Each traditional character followed by its simplified one.
    private static let pairs = [
        "來来倫伦偉伟傑杰傳传傷伤僑侨價价儀仪億亿優优兒儿內内兩两冊册剛刚劃划劉刘劍剑勁劲動动務务勝胜勞劳",
        "勢势勳勋勵励匯汇區区協协參参叢丛吳吴呂吕員员問问啟启喬乔單单嘯啸嚴严囑嘱國国園园圓圆圖图團团執执",
        "堅坚報报場场塊块塵尘墜坠壇坛壯壮壽寿夠够夢梦奪夺奮奋婦妇媽妈嬌娇嬰婴孃娘孫孙學学實实寧宁審审寫写",
        "寬宽寶宝將将專专尋寻對对層层屬属岡冈島岛峽峡嶺岭巖岩帥帅師师帳帐幣币幫帮幹干庫库廈厦廟庙廠厂廣广",
        "廬庐廳厅張张強强彈弹彎弯彥彦徑径從从徵征愛爱態态慶庆憐怜憑凭憲宪憶忆懇恳應应懷怀戰战戲戏戶户掃扫",
        "揚扬換换損损搖摇擁拥擇择擔担據据擬拟擴扩攜携攝摄敵敌數数斂敛斷断於于昇升時时晉晋暉晖暢畅曆历曉晓",
        "曠旷曬晒書书會会東东條条楊杨楓枫業业極极榮荣構构槍枪樂乐標标樣样樹树橋桥機机橫横檔档檢检櫃柜權权",
        "歐欧歡欢歲岁歷历歸归殘残殼壳毀毁氣气沒没沖冲淩凌淵渊渦涡湧涌湯汤溝沟滬沪滲渗滿满漁渔漢汉潔洁潛潜",
        "潤润澗涧澤泽濃浓濕湿濟济濤涛濱滨瀋沈瀾澜灑洒灣湾災灾為为無无煉炼煙烟煥焕熱热燈灯營营燦灿燭烛爐炉",
        "爭争爺爷爾尔牆墙犢犊犧牺狀状猶犹獅狮獎奖獻献現现瑋玮瑣琐瑤瑶瑩莹瑪玛璣玑環环璽玺瓊琼瓏珑瓔璎甌瓯",
        "產产畢毕畫画當当療疗發发盜盗盡尽監监盤盘盧卢眾众睜睁矯矫碩硕確确碼码礎础祿禄禎祯禪禅禮礼禱祷種种",
        "稱称穀谷積积穎颖穩稳窮穷窯窑竅窍競竞筆笔筍笋節节範范築筑篤笃簡简簽签籃篮籌筹籤签糧粮紀纪約约紅红",
        "紋纹納纳紐纽純纯紗纱級级紡纺細细紹绍組组結结絕绝給给統统絲丝經经綜综綠绿維维綱纲網网綸纶綿绵緊紧",
        "緒绪緣缘編编緯纬練练縣县縮缩縱纵總总織织繡绣繩绳繼继續续罰罚罷罢羅罗羨羡義义習习翹翘聖圣聞闻聯联",
        "聰聪聲声聶聂職职聽听肅肃脫脱腦脑膚肤膽胆臉脸臨临與与興兴舉举舊旧舖铺艦舰艷艳荊荆莊庄莖茎華华萬万",
        "葉叶蒼苍蓋盖蓮莲蔔卜蔣蒋蔭荫蕩荡蕭萧薦荐薩萨藍蓝藝艺藥药蘆芦蘇苏蘊蕴蘭兰處处虛虚號号虧亏蝦虾螢萤",
        "蟲虫蠻蛮衆众術术衛卫衝冲裏里補补裝装製制複复褲裤襲袭見见規规視视親亲覺觉覽览觀观訓训記记訪访設设",
        "許许証证評评詞词詢询試试詩诗話话誌志認认語语誠诚誤误說说課课誼谊調调談谈請请論论諸诸諾诺謀谋謙谦",
        "講讲謝谢謹谨證证識识譚谭譜谱譯译議议護护讀读變变讓让讚赞豐丰豔艳貝贝貞贞財财貨货販贩貫贯責责貴贵",
        "費费貿贸賀贺資资賈贾賓宾賜赐賞赏賢贤賣卖賤贱賦赋質质賬账賴赖購购贈赠贊赞趕赶趙赵趨趋跡迹蹤踪躍跃",
        "軀躯車车軍军軒轩軟软較较載载輔辅輕轻輝辉輩辈輪轮輯辑輸输轄辖轉转辦办辭辞農农迴回逕迳連连週周進进",
        "運运過过達达遙遥遜逊遞递遠远適适選选遺遗遼辽還还邊边邏逻郟郏郵邮鄉乡鄒邹鄔邬鄖郧鄧邓鄭郑鄰邻鄺邝",
        "醫医釋释釗钊針针鈔钞鈕钮鈞钧鈴铃鈺钰鉅钜鉑铂鉦钲銀银銅铜銓铨銘铭銳锐銷销鋁铝鋒锋鋪铺鋼钢錄录錘锤",
        "錢钱錦锦錫锡錯错鍋锅鍛锻鍵键鍾钟鎔镕鎖锁鎧铠鎮镇鏈链鏡镜鐘钟鐳镭鐵铁鑒鉴長长門门閃闪閉闭開开閏闰",
        "閒闲間间閣阁閩闽閱阅閻阎闆板闊阔闖闯關关闡阐陘陉陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐",
        "隸隶雋隽雖虽雙双雜杂雞鸡離离難难雲云電电霧雾靂雳靈灵靜静韋韦韌韧韓韩韻韵響响頁页項项順顺須须頌颂",
        "頎颀預预頒颁頓顿頗颇領领頤颐頭头頸颈頻频顆颗題题額额顏颜顓颛願愿顥颢顧顾顯显風风颯飒飛飞飯饭飲饮",
        "飾饰養养餘余館馆饒饶馬马馭驭馮冯馳驰駐驻駿骏騏骐騫骞騰腾驅驱驍骁驕骄驗验驚惊驥骥髒脏體体髮发鬆松",
        "鬢鬓鬥斗鬱郁魚鱼魯鲁鮑鲍鮮鲜鯨鲸鳥鸟鳳凤鳴鸣鴨鸭鴻鸿鵑鹃鵬鹏鶯莺鶴鹤鸞鸾鹽盐麗丽麥麦麵面黃黄點点",
        "黨党齊齐齋斋齒齿齡龄龍龙龐庞龔龚龜龟",
    ]
}
