"""Speech verbs that introduce a source ("wrote", "написал", "повідомив", "жазды"), shared by the rules."""

EN_VERBS = (r"wrote|writes|said|says|posted|posts|reported|reports|stated|states|noted|notes|commented|comments|"
            r"claimed|claims|announced|announces|published|publishes|shared|shares|explained|explains|added|adds|"
            r"argued|argues|warned|warns|stressed|admitted|revealed|reveals|pointed\s+out|points\s+out|"
            r"emphasi[sz]ed|complained|suggested|recalled|replied|responded|written")
RU_VERBS = (r"(?:написал|пишет|пишут|заявил|заявляет|сообщил|сообщает|отметил|отмечает|подч[её]ркнул|подч[её]ркивает|"
            r"рассказал|рассказывает|опубликовал|публикует|поделил|делится|указал|высказал|прокомментировал|"
            r"пояснил|констатировал|предупредил|напомнил|признал|добавил|обратил|выложил|разместил|ответил|"
            r"призвал|заметил|подтвердил|уточнил|объявил|анонсировал|сказал|пожаловал|информир|проинформир|озвучил|"
            r"изложил|отреагир|отчитал)[а-яё]*|"
            r"сказав|жазды|жазады|хабарлады|мәлімдеді"
            r"|(?:написа|заяви|заявля|пов[іi]дом|зазнач|наголош|наголоси|розпов[іi]|опубл[іi]кува|под[іi]ли|додав|"
            r"пише|пишуть|перепости|репостну|поскаржи|оприлюдн|поширив|поширила|поширили|поширило|виклав|виклала|виклали|розмісти|"
            r"підтверди|оголоси|анонсува|попереди|заклика|закликав|поінформува|проінформува|інформу|"
            r"запевни|запевня|поясни|пояснюва|нагада|прокоментува|відповів|відповіла|відповіли|уточни|уточню|"
            r"відреагува|звітува|прозвітува)"
            r"[а-яіїєґ]*")
# «со ссылкой на», «з посиланням на»: what follows is cited through the one who cites it
CITING_THROUGH = r"(?:посиланням|ссылкой)[ \t]+на"
# the same with its preposition, or as a participle: «со ссылкой на», «з посиланням на», «ссылаясь на», «посилаючись на»
CITING_ON = rf"(?:(?:(?:з|со)[ \t]+)?{CITING_THROUGH}|(?:ссылаясь|посилаючись)[ \t]+на)"
# One source reporting, in the present or the past: «повідомляє», «пише», «сообщил» (a body, a channel, «низка»)
REPORTS_ONE = r"повідомляє|повідомив|повідомила|пише|передає|інформує|сообщает|сообщил|пишет|передает"
