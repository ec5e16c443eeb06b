package newswire.contract.serde;

import newswire.contract.Article;

public class ArticleDeserializer extends JsonDeserializer<Article> {
    public ArticleDeserializer() {
        super(Article.class);
    }
}
